import type { Category, CrisisSignal } from '../categories.ts';
import type { PlaceHit, PlaceResult } from '../directory/nearby.ts';

/** Messages as the engine speaks them: text keys and card kinds, rendered to LINE by an adapter. */
export type Vars = Record<string, string | number>;

/** Whether a window is open now (until when) or when it next opens, as ISO instants. */
export interface OpeningInfo {
  openNow: boolean;
  closesAt: string | null;
  nextOpen: string | null;
}

export type OutMessage =
  | { type: 'text'; key: string; vars?: Vars }
  | {
      type: 'window';
      serviceId: string;
      opening?: OpeningInfo | null;
      /** A danger the words hinted at too faintly for the crisis card: its numbers go beside it, just in case. */
      justInCase?: CrisisSignal | null;
    }
  | {
      type: 'route';
      serviceIds: string[];
      /** The resident's categories, so each window can say which part of the concern it takes. */
      categories?: Category[];
      /** Joins a compound case (多機関協働). */
      coordinatorServiceId?: string | null;
      /** The general consultation, offered when triage was unsure. */
      safetyNetServiceId?: string | null;
      openings?: Record<string, OpeningInfo | null>;
      /** A danger the words hinted at too faintly for the crisis card: its numbers go last, just in case. */
      justInCase?: CrisisSignal | null;
    }
  | { type: 'categories' }
  | { type: 'hotlines'; signal?: CrisisSignal | null }
  | { type: 'consent' }
  | { type: 'places'; mode?: PlaceResult['mode']; places?: PlaceHit[] }
  | { type: 'areas' };

export type Button =
  | { type: 'choice'; label: string; value: string; lng?: string }
  | { type: 'location'; label: string };

/** One turn's reply: messages, with quick-reply buttons on the last one. */
export interface Reply {
  messages: OutMessage[];
  buttons: Button[];
}
