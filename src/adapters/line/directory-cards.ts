import type { Category } from '../../core/categories.ts';
import { dropInPlaces, locationsOf, type PlaceHit } from '../../core/directory/nearby.ts';
import { type Directory, localised, type Service } from '../../core/directory/schema.ts';
import type { OpeningInfo } from '../../core/flow/message.ts';
import { readsJapanese, windowNameLine } from '../../core/localised.ts';
import { bubble, button, carousel, type Flex, flexMessage, postbackAction, text } from './flex.ts';
import { formatDistance, openingText } from './opening-text.ts';

type T = (locale: string, key: string, vars?: Record<string, string | number>) => string;

const MUTED = '#555555';
const ACCENT = '#06C755';

/** Whether anything on a service's card, its places included, still needs confirming. */
export function needsConfirming(directory: Directory, service: Service): boolean {
  return !service.verified || locationsOf(directory, service).some((l) => !l.verified);
}

export function phoneOf(service: Service): string | null {
  return service.phones[0]?.number ?? null;
}

/** The rows every window or place card shares: hours (and whether open), where, phone. */
export function serviceFacts(
  t: T,
  directory: Directory,
  service: Service,
  locale: string,
  opening?: OpeningInfo | null,
): Flex[] {
  const rows: Flex[] = [text(t(locale, 'card.hours'), { size: 'xs', color: MUTED, margin: 'md' })];
  const hours = service.schedule?.description ?? service.hours_note;
  rows.push(text(hours ? localised(hours, locale) : t(locale, 'card.hoursUnknown'), { size: 'sm' }));
  const when = openingText(t, locale, service.schedule ? opening : undefined);
  if (when) rows.push(text(when, { size: 'sm', weight: 'bold', color: opening?.openNow ? ACCENT : MUTED }));
  for (const location of locationsOf(directory, service)) {
    rows.push(text(t(locale, 'card.address'), { size: 'xs', color: MUTED, margin: 'md' }));
    // A building's name helps find it; the service's own name again does not.
    const named = location.name.ja !== service.name.ja || !location.address;
    const where = [
      location.address ? localised(location.address, locale) : null,
      named ? windowNameLine(location.name, locale) : null,
    ].filter((line): line is string => line !== null);
    rows.push(text(where.join('\n'), { size: 'sm' }));
  }
  rows.push(text(t(locale, 'card.phone'), { size: 'xs', color: MUTED, margin: 'md' }));
  rows.push(text(phoneOf(service) ?? t(locale, 'card.noPhone'), { size: 'sm' }));
  return rows;
}

/** The first bubble of a joined-up route: which window takes which part, and who links them. */
export function routeIntro(
  t: T,
  directory: Directory,
  locale: string,
  serviceIds: string[],
  categories: Category[],
  coordinatorId: string | null,
): Flex {
  const rows: Flex[] = [text(t(locale, 'card.routeTitle'), { weight: 'bold', size: 'lg' })];
  serviceIds.forEach((id, i) => {
    const service = directory.services.find((s) => s.id === id);
    if (!service) return;
    const takes = categories.filter((c) => service.categories.includes(c));
    rows.push(
      text(`${i + 1}. ${windowNameLine(service.name, locale)}`, { size: 'sm', weight: 'bold', margin: 'md' }),
    );
    if (takes.length > 0) {
      const labels = takes
        .map((c) => t(locale, `categories.${c}`))
        .join(readsJapanese(locale) ? '・' : ' / ');
      rows.push(text(t(locale, 'card.takes', { categories: labels }), { size: 'xs', color: MUTED }));
    }
  });
  const coordinator = directory.services.find((s) => s.id === coordinatorId);
  if (coordinator) {
    rows.push(
      text(`＋ ${windowNameLine(coordinator.name, locale)}`, { size: 'sm', weight: 'bold', margin: 'md' }),
    );
    rows.push(text(t(locale, 'card.routeSteps'), { size: 'xs', color: MUTED }));
  }
  return bubble(rows);
}

/** Buttons for residents who would rather name an area than share where they are. */
export function areasCard(t: T, directory: Directory, locale: string): Flex {
  const buttons = [
    ...directory.areas.map((a) =>
      button(postbackAction(localised(a.name, locale), `area:${a.id}`), 'secondary'),
    ),
    button(postbackAction(t(locale, 'areas.any'), 'area:any'), 'secondary'),
  ];
  return flexMessage(
    t(locale, 'areas.title'),
    bubble([text(t(locale, 'areas.title'), { weight: 'bold', size: 'md' }), ...buttons]),
  );
}

/** Up to three places, each with distance (when known), whether it is open now, and when it next opens. */
export function placesCard(
  t: T,
  directory: Directory,
  locale: string,
  places: PlaceHit[] | undefined,
  bubbleOf: (service: Service, note: string | undefined, opening: OpeningInfo) => Flex,
): Flex {
  const hits: PlaceHit[] =
    places ??
    dropInPlaces(directory).map((s) => ({
      serviceId: s.id,
      distanceM: null,
      walkMinutes: null,
      inArea: false,
      openNow: false,
      closesAt: null,
      nextOpen: null,
    }));
  const bubbles = hits.flatMap((hit) => {
    const service = directory.services.find((s) => s.id === hit.serviceId);
    if (!service) return [];
    const note =
      hit.distanceM !== null && hit.walkMinutes !== null
        ? t(locale, 'place.distance', { distance: formatDistance(hit.distanceM), minutes: hit.walkMinutes })
        : hit.inArea
          ? t(locale, 'place.inArea')
          : undefined;
    return [
      bubbleOf(service, note, { openNow: hit.openNow, closesAt: hit.closesAt, nextOpen: hit.nextOpen }),
    ];
  });
  const names = hits.flatMap((h) => {
    const service = directory.services.find((s) => s.id === h.serviceId);
    return service ? [windowNameLine(service.name, locale)] : [];
  });
  return flexMessage(`${t(locale, 'places.title')}: ${names.join(' / ')}`, carousel(bubbles));
}
