import { availability } from '../schedule/schedule.ts';
import type { Directory, Location, Service } from './schema.ts';

/** Where a resident is, or the area they chose instead of sharing it. */
export type PlaceQuery = { latitude: number; longitude: number } | { areaId: string | null };

/** One place to show: how far (when known) and when it is open. */
export interface PlaceHit {
  serviceId: string;
  /** Straight-line metres; null when the place or the query has no coordinates. */
  distanceM: number | null;
  /** Minutes on foot at 80 m a minute (the Japanese property-listing convention), rounded up. */
  walkMinutes: number | null;
  /** Whether the place is in the chosen area. */
  inArea: boolean;
  openNow: boolean;
  /** ISO instants: until when it is open now, or when it next opens. */
  closesAt: string | null;
  nextOpen: string | null;
}

export interface PlaceResult {
  /** `distance` ranked by distance; `area` by area then next opening; `no_coordinates` when a shared
   * location cannot be measured against any place (the resident is offered areas instead). */
  mode: 'distance' | 'area' | 'no_coordinates';
  places: PlaceHit[];
}

const EARTH_RADIUS_M = 6_371_000;
const WALK_M_PER_MIN = 80;
const SHOWN = 3;

/** Great-circle distance in metres. */
export function distanceM(
  a: { latitude: number; longitude: number },
  b: { latitude: number; longitude: number },
) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The places "nearby" offers: drop-in places, else the windows for isolation (so never an empty list). */
export function dropInPlaces(directory: Directory): Service[] {
  const places = directory.services.filter((s) => s.drop_in);
  return places.length > 0 ? places : directory.services.filter((s) => s.categories.includes('isolation'));
}

export function locationsOf(directory: Directory, service: Service): Location[] {
  return service.location_ids.flatMap((id) => directory.locations.find((l) => l.id === id) ?? []);
}

/** The three places to show for a location or a chosen area, each with its next opening time. */
export function nearbyPlaces(directory: Directory, query: PlaceQuery, now: Date): PlaceResult {
  const hits = dropInPlaces(directory).map((service) => hit(directory, service, query, now));
  if ('latitude' in query) {
    const measured = hits.filter((h) => h.distanceM !== null);
    if (measured.length === 0) return { mode: 'no_coordinates', places: [] };
    measured.sort((a, b) => (a.distanceM as number) - (b.distanceM as number));
    return { mode: 'distance', places: measured.slice(0, SHOWN) };
  }
  hits.sort((a, b) => Number(b.inArea) - Number(a.inArea) || opensSooner(a, b));
  return { mode: 'area', places: hits.slice(0, SHOWN) };
}

/** When a service is open now, or next; null when it has no regular hours to go by. */
export function openingOf(
  directory: Directory,
  serviceId: string,
  now: Date,
): { openNow: boolean; closesAt: string | null; nextOpen: string | null } | null {
  const service = directory.services.find((s) => s.id === serviceId);
  if (!service?.schedule) return null;
  const open = availability(service.schedule, now);
  return open.open
    ? { openNow: true, closesAt: open.closesAt?.toISOString() ?? null, nextOpen: null }
    : { openNow: false, closesAt: null, nextOpen: open.nextOpen?.toISOString() ?? null };
}

function hit(directory: Directory, service: Service, query: PlaceQuery, now: Date): PlaceHit {
  const locations = locationsOf(directory, service);
  let distance: number | null = null;
  if ('latitude' in query) {
    for (const l of locations) {
      if (l.latitude === null || l.longitude === null) continue;
      const d = distanceM(query, { latitude: l.latitude, longitude: l.longitude });
      if (distance === null || d < distance) distance = d;
    }
  }
  const areaId = 'areaId' in query ? query.areaId : null;
  const inArea =
    areaId !== null &&
    (locations.some((l) => l.area_id === areaId) || service.service_areas.includes(areaId));
  const opening = openingOf(directory, service.id, now);
  return {
    serviceId: service.id,
    distanceM: distance === null ? null : Math.round(distance),
    walkMinutes: distance === null ? null : Math.max(1, Math.ceil(distance / WALK_M_PER_MIN)),
    inArea,
    openNow: opening?.openNow === true,
    closesAt: opening?.closesAt ?? null,
    nextOpen: opening?.nextOpen ?? null,
  };
}

/** Open now first, then the soonest to open; places without a known schedule last. */
function opensSooner(a: PlaceHit, b: PlaceHit): number {
  const when = (h: PlaceHit) =>
    h.openNow ? 0 : h.nextOpen ? Date.parse(h.nextOpen) : Number.POSITIVE_INFINITY;
  return when(a) - when(b);
}
