import { z } from 'zod';
import { CATEGORIES, CRISIS_SIGNALS } from '../categories.ts';
import { Localised } from '../localised.ts';
import { ScheduleSchema } from '../schedule/schema.ts';

export { type LocalisedText, localised } from '../localised.ts';

// Field names follow Open Referral HSDS 3 where one fits (organization_id, latitude, byday, opens_at,
// phones[].number, languages, service_areas); verified / unverified / sources are ours: a fact no
// source confirms is listed in `unverified` and shown as "確認中", never presented as certain.

const Id = z.string().regex(/^[a-z0-9-]+$/);
const PhoneNumber = z.string().regex(/^[0-9#][0-9-]*$/, 'digits and hyphens only');

/** Every record says where its facts come from, and which of them no source confirms yet. */
const Provenance = {
  verified: z.boolean(),
  /** Field names (or "schedule.holidays"-style notes) still to be confirmed. */
  unverified: z.array(z.string().min(1)),
  sources: z.array(z.string().min(1)).min(1),
};

const OrganizationSchema = z.strictObject({
  id: Id,
  name: Localised,
  url: z.url().nullable(),
  ...Provenance,
});

const AreaSchema = z.strictObject({ id: Id, name: Localised });

const LocationSchema = z
  .strictObject({
    id: Id,
    name: Localised,
    address: Localised.nullable(),
    /** The area (町) the place is in, for residents who choose an area instead of sharing location. */
    area_id: Id.nullable(),
    /** Only from a citable source; null falls back to choosing an area. */
    latitude: z.number().min(-90).max(90).nullable(),
    longitude: z.number().min(-180).max(180).nullable(),
    ...Provenance,
  })
  .refine((l) => (l.latitude === null) === (l.longitude === null), {
    message: 'latitude and longitude come together',
  });

const PhoneSchema = z.strictObject({ number: PhoneNumber, description: Localised.optional() });

const ServiceSchema = z.strictObject({
  id: Id,
  organization_id: Id,
  name: Localised,
  description: Localised,
  categories: z.array(z.enum(CATEGORIES)).min(1),
  /** A place anyone can walk into (居場所), offered under "nearby places". */
  drop_in: z.boolean(),
  location_ids: z.array(Id),
  /** Areas a source says it serves; empty when it serves the whole municipality or nobody says. */
  service_areas: z.array(Id),
  phones: z.array(PhoneSchema),
  url: z.url().nullable(),
  languages: z.array(z.string().min(2)),
  schedule: ScheduleSchema.nullable(),
  /** Hours that are not a weekly rule ("by appointment"), or what is known when there is no schedule. */
  hours_note: Localised.nullable(),
  ...Provenance,
});

type Issue = { addIssue(issue: { code: 'custom'; message: string; path?: PropertyKey[] }): void };

function uniqueIds(ctx: Issue, what: string, items: { id: string }[]): Set<string> {
  const ids = new Set(items.map((i) => i.id));
  if (ids.size !== items.length) ctx.addIssue({ code: 'custom', message: `${what} ids must be unique` });
  return ids;
}

/** verified means nothing is left to confirm; a record with open questions says so. */
function provenanceIssues(
  ctx: Issue,
  what: string,
  items: { id: string; verified: boolean; unverified: string[] }[],
) {
  for (const item of items) {
    if (item.verified === item.unverified.length > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `${what} "${item.id}": verified must be false exactly when unverified lists something`,
      });
    }
  }
}

export const DirectorySchema = z
  .strictObject({
    id: Id,
    name: Localised,
    referencePrefix: z.string().regex(/^[A-Z]{3}$/),
    generalServiceId: z.string(),
    coordinatorServiceId: z.string(),
    areas: z.array(AreaSchema),
    organizations: z.array(OrganizationSchema).min(1),
    locations: z.array(LocationSchema),
    services: z.array(ServiceSchema).min(1),
  })
  .superRefine((dir, ctx) => {
    const ids = uniqueIds(ctx, 'service', dir.services);
    const organizations = uniqueIds(ctx, 'organization', dir.organizations);
    const locations = uniqueIds(ctx, 'location', dir.locations);
    const areas = uniqueIds(ctx, 'area', dir.areas);
    provenanceIssues(ctx, 'service', dir.services);
    provenanceIssues(ctx, 'organization', dir.organizations);
    provenanceIssues(ctx, 'location', dir.locations);
    for (const ref of [dir.generalServiceId, dir.coordinatorServiceId]) {
      if (!ids.has(ref)) ctx.addIssue({ code: 'custom', message: `unknown service "${ref}"` });
    }
    const general = dir.services.find((s) => s.id === dir.generalServiceId);
    if (general && !general.categories.includes('other')) {
      ctx.addIssue({ code: 'custom', message: 'the general consultation must take "other"' });
    }
    for (const category of CATEGORIES) {
      if (!dir.services.some((s) => s.categories.includes(category))) {
        ctx.addIssue({ code: 'custom', message: `no service takes category "${category}"` });
      }
    }
    for (const location of dir.locations) {
      if (location.area_id && !areas.has(location.area_id)) {
        ctx.addIssue({
          code: 'custom',
          message: `location "${location.id}": unknown area "${location.area_id}"`,
        });
      }
    }
    for (const s of dir.services) {
      if (!organizations.has(s.organization_id)) {
        ctx.addIssue({
          code: 'custom',
          message: `service "${s.id}": unknown organization "${s.organization_id}"`,
        });
      }
      for (const l of s.location_ids) {
        if (!locations.has(l))
          ctx.addIssue({ code: 'custom', message: `service "${s.id}": unknown location "${l}"` });
      }
      for (const a of s.service_areas) {
        if (!areas.has(a))
          ctx.addIssue({ code: 'custom', message: `service "${s.id}": unknown area "${a}"` });
      }
      if (s.drop_in && s.location_ids.length === 0) {
        ctx.addIssue({ code: 'custom', message: `drop-in place "${s.id}" needs a location` });
      }
    }
  });

const HotlineSchema = z.strictObject({
  id: Id,
  name: Localised,
  phone: PhoneNumber,
  hours: Localised,
  free: z.boolean(),
  signals: z.array(z.enum(CRISIS_SIGNALS)).min(1),
  verified: z.boolean(),
  sources: z.array(z.string()),
});

/** Which lines a crisis card shows, in order, per signal; `any` for the emergency button. */
const HotlineOrder = z.strictObject(
  Object.fromEntries([...CRISIS_SIGNALS, 'any'].map((k) => [k, z.array(Id).min(1)])) as Record<
    (typeof CRISIS_SIGNALS)[number] | 'any',
    z.ZodArray<typeof Id>
  >,
);

export const HotlinesSchema = z
  .strictObject({ hotlines: z.array(HotlineSchema).min(1), order: HotlineOrder })
  .superRefine((file, ctx) => {
    const ids = uniqueIds(ctx, 'hotline', file.hotlines);
    for (const [signal, list] of Object.entries(file.order)) {
      for (const id of list) {
        if (!ids.has(id))
          ctx.addIssue({ code: 'custom', message: `order.${signal}: unknown hotline "${id}"` });
      }
      if (new Set(list).size !== list.length) {
        ctx.addIssue({ code: 'custom', message: `order.${signal} lists a hotline twice` });
      }
    }
  });

export type Directory = z.infer<typeof DirectorySchema>;
export type Service = Directory['services'][number];
export type Location = Directory['locations'][number];
export type Area = Directory['areas'][number];
export type Hotlines = z.infer<typeof HotlinesSchema>;
export type Hotline = Hotlines['hotlines'][number];
