import type { Category, CrisisSignal } from '../categories.ts';

export const CONTACT_METHODS = ['line', 'phone', 'visit'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];

export interface Consent {
  textVersion: string;
  language: string;
  at: Date;
}

/** A referral the resident agreed to; there is no other kind. */
export interface NewReferral {
  referenceCode: string;
  categories: Category[];
  /** The resident's own words, as given; null when they only tapped a category. */
  words: string | null;
  triage: unknown;
  serviceId: string;
  coordinatorServiceId: string | null;
  compound: boolean;
  crisis: CrisisSignal | null;
  contactMethod: ContactMethod;
  contactDetails: { phone?: string };
  consent: Consent;
  locale: string;
}
