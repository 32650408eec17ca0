import { z } from 'zod';
import { CATEGORIES, CRISIS_SIGNALS } from '../categories.ts';

/** Text in Japanese, with other languages beside it where written. */
const Localised = z.object({ ja: z.string().min(1) }).catchall(z.string().min(1));

const ServiceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: Localised,
  description: Localised,
  categories: z.array(z.enum(CATEGORIES)).min(1),
  phone: z
    .string()
    .regex(/^[0-9#][0-9-]*$/)
    .nullable(),
  address: Localised.nullable(),
  hours: Localised.nullable(),
  url: z.url().nullable(),
  languages: z.array(z.string()),
  verified: z.boolean(),
  unverified: z.array(z.string()),
  sources: z.array(z.string()),
});

export const DirectorySchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: Localised,
    referencePrefix: z.string().regex(/^[A-Z]{3}$/),
    generalServiceId: z.string(),
    coordinatorServiceId: z.string(),
    services: z.array(ServiceSchema).min(1),
  })
  .superRefine((dir, ctx) => {
    const ids = new Set(dir.services.map((s) => s.id));
    if (ids.size !== dir.services.length)
      ctx.addIssue({ code: 'custom', message: 'service ids must be unique' });
    for (const ref of [dir.generalServiceId, dir.coordinatorServiceId]) {
      if (!ids.has(ref)) ctx.addIssue({ code: 'custom', message: `unknown service "${ref}"` });
    }
    for (const category of CATEGORIES) {
      if (!dir.services.some((s) => s.categories.includes(category))) {
        ctx.addIssue({ code: 'custom', message: `no service takes category "${category}"` });
      }
    }
  });

export const HotlinesSchema = z.strictObject({
  hotlines: z
    .array(
      z.strictObject({
        id: z.string(),
        name: Localised,
        phone: z.string().regex(/^[0-9#][0-9-]*$/),
        hours: Localised,
        free: z.boolean(),
        signals: z.array(z.enum(CRISIS_SIGNALS)).min(1),
        verified: z.boolean(),
        sources: z.array(z.string()),
      }),
    )
    .min(1),
});

export type Directory = z.infer<typeof DirectorySchema>;
export type Service = Directory['services'][number];
export type Hotline = z.infer<typeof HotlinesSchema>['hotlines'][number];
export type LocalisedText = z.infer<typeof Localised>;

/** The text in the wanted language, else Japanese. */
export function localised(text: LocalisedText, locale: string): string {
  return text[locale] ?? text.ja;
}
