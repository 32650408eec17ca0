import type { OutboxMessage } from '../ports.ts';

/** What staff are told about a new referral: no words, no contact details, nothing about the person. */
export interface NewReferralNotice {
  referenceCode: string;
  serviceId: string;
  /** Compound cases also go to the coordinators. */
  coordinatorServiceId: string | null;
  categories: string[];
  compound: boolean;
  urgent: boolean;
}

/**
 * Tells a window's staff a referral arrived: the messages to send, which are written to the outbox
 * in the statement that creates the referral, so a retried event never notifies twice and a
 * rolled-back one never notifies at all. Another channel (mail, Teams) is another implementation.
 */
export interface Notifier {
  referralCreated(notice: NewReferralNotice, at: Date): Omit<OutboxMessage, 'id' | 'attempts'>[];
}

export const silentNotifier: Notifier = { referralCreated: () => [] };
