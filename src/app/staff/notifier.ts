import type { OutboxMessage, Tx } from '../ports.ts';

/** What staff are told about a new referral: no words, no contact details, nothing about the person. */
export interface NewReferralNotice {
  referralId: string;
  referenceCode: string;
  serviceId: string;
  /** Compound cases also go to the coordinators. */
  coordinatorServiceId: string | null;
  categories: string[];
  compound: boolean;
  urgent: boolean;
}

/**
 * Tells a window's staff a referral arrived. Runs inside the transaction that creates the referral
 * and writes to an outbox there, so a retried event never notifies twice and a rolled-back one never
 * notifies at all. Another channel (mail, Teams) is another implementation.
 */
export interface Notifier {
  referralCreated(tx: Tx, notice: NewReferralNotice, at: Date): Promise<OutboxMessage[]>;
}

export const silentNotifier: Notifier = { referralCreated: async () => [] };
