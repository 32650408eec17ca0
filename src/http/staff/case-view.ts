import { html } from 'hono/html';
import { z } from 'zod';
import {
  OUTCOMES,
  type ReferralDetail,
  type ReferralEvent,
  type ThreadMessage,
} from '../../app/staff/ports.ts';
import { categoryName, formatTime, waited } from './i18n.ts';
import { csrfField, type Html, type PageContext, page } from './layout.ts';

export interface CaseViewModel {
  referral: ReferralDetail;
  events: ReferralEvent[];
  thread: ThreadMessage[];
  windows: { id: string; name: string }[];
  now: Date;
  problem: 'conflict' | 'invalid' | 'unreachable' | null;
}

function actionForm(ctx: PageContext, id: string, action: string, label: string, secondary = false): Html {
  return html`<form method="post" action="/staff/referrals/${id}/${action}">${csrfField(ctx)}<button class="act${secondary ? ' secondary' : ''}" type="submit">${label}</button></form>`;
}

const TriageRecord = z.object({
  source: z.string().optional(),
  categories: z
    .array(z.union([z.string(), z.object({ code: z.string(), phrases: z.array(z.string()).optional() })]))
    .optional(),
  clarified: z.object({ aboutWho: z.unknown(), ageBand: z.unknown() }).partial().optional(),
});

/** Why triage chose the categories: the resident's phrases per category, or that they tapped a button. */
function why(ctx: PageContext, r: ReferralDetail): Html {
  const parsed = TriageRecord.safeParse(r.triage ?? {});
  const triage = parsed.success ? parsed.data : {};
  const source = triage.source === 'text' ? ctx.t('case.triageText') : ctx.t('case.triageButtons');
  const reasons = (triage.categories ?? []).map((c) =>
    typeof c === 'string'
      ? categoryName(ctx.lang, c)
      : `${categoryName(ctx.lang, c.code)}${c.phrases?.length ? `（「${c.phrases.join('」「')}」）` : ''}`,
  );
  const clarified = triage.clarified ? ` · ${ctx.t('case.clarified')}` : '';
  return html`${source}${reasons.length > 0 ? `: ${reasons.join('、')}` : ''}${clarified}`;
}

function eventLine(ctx: PageContext, e: ReferralEvent, windowName: (id: string) => string): Html {
  const { t } = ctx;
  const detail =
    e.kind === 'transfer'
      ? html`${windowName(e.fromService ?? '')} → ${windowName(e.toService ?? '')}: ${e.body ?? ''}`
      : e.kind === 'status'
        ? html`${t(`status.${e.status ?? ''}`)}${e.outcome ? html` (${t(`outcome.${e.outcome}`)})` : ''}`
        : e.kind === 'note'
          ? html`<span style="white-space:pre-wrap">${e.body ?? ''}</span>`
          : '';
  return html`<li><span class="muted">${formatTime(ctx.lang, e.at)} ${e.accountEmail ?? ''}</span><br><strong>${t(`event.${e.kind}`)}</strong> ${detail}</li>`;
}

export function caseView(ctx: PageContext, m: CaseViewModel): Html {
  const { t, lang } = ctx;
  const r = m.referral;
  const windowName = (id: string) => m.windows.find((w) => w.id === id)?.name ?? id;
  const open = r.status === 'new' || r.status === 'claimed' || r.status === 'contacted';
  const actions = html`<div class="actions">
  ${r.status === 'new' ? actionForm(ctx, r.id, 'claim', t('case.claim')) : ''}
  ${r.status === 'claimed' ? actionForm(ctx, r.id, 'contacted', t('case.contacted')) : ''}
  ${r.status === 'claimed' || r.status === 'contacted' ? actionForm(ctx, r.id, 'release', t('case.release'), true) : ''}
  ${
    r.status === 'claimed' || r.status === 'contacted'
      ? html`<form method="post" action="/staff/referrals/${r.id}/close">${csrfField(ctx)}
    <label style="display:flex;align-items:center;gap:.4rem">${t('case.outcome')}<select name="outcome" required>${OUTCOMES.map((o) => html`<option value="${o}">${t(`outcome.${o}`)}</option>`)}</select></label>
    <button class="act" type="submit">${t('case.close')}</button></form>`
      : ''
  }
  ${r.status === 'closed' ? actionForm(ctx, r.id, 'reopen', t('case.reopen'), true) : ''}
</div>`;
  const transfer = open
    ? html`<details class="card"><summary>${t('case.transfer')}</summary>
  <form method="post" action="/staff/referrals/${r.id}/transfer" class="filters" style="margin-top:.6rem">${csrfField(ctx)}
    <label>${t('case.transferTo')}<select name="serviceId" required>${m.windows
      .filter((w) => w.id !== r.serviceId)
      .map((w) => html`<option value="${w.id}">${w.name}</option>`)}</select></label>
    <label style="flex:1">${t('case.reason')}<input name="reason" required maxlength="500"></label>
    <button class="act" type="submit">${t('case.transfer')}</button>
  </form></details>`
    : '';
  const thread = html`<section class="card"><h2 style="margin-top:0">${t('case.thread')}</h2>
  ${
    m.thread.length > 0
      ? html`<ul class="thread">${m.thread.map((msg) =>
          msg.fromResident
            ? html`<li class="resident">${msg.body ?? t('case.erased')}<br><span class="muted">${formatTime(lang, msg.at)} · ${t('case.fromResident')}</span></li>`
            : html`<li>${msg.body ?? t('case.erased')}<br><span class="muted">${formatTime(lang, msg.at)} · ${t('case.sentBy', { who: msg.accountEmail ?? '' })} · ${t(`case.delivery.${msg.delivery}`)}</span></li>`,
        )}</ul>`
      : ''
  }
  ${
    r.hasLineContact && open
      ? html`<form method="post" action="/staff/referrals/${r.id}/message">${csrfField(ctx)}
    <label for="message">${t('case.message')}</label>
    <textarea id="message" name="body" required maxlength="4000"></textarea>
    <p><button class="act" type="submit">${t('case.send')}</button></p></form>`
      : html`<p class="muted">${r.status === 'withdrawn' ? t('case.withdrawn', { at: r.withdrawnAt ? formatTime(lang, r.withdrawnAt) : '' }) : t('case.noLine')}</p>`
  }
</section>`;
  return page(
    ctx,
    r.referenceCode,
    html`<p><a href="/staff">← ${t('case.back')}</a></p>
<h1>${r.referenceCode} <span class="badge ${r.status}">${t(`status.${r.status}`)}</span>
${r.crisis ? html`<span class="badge urgent">${t('queue.urgent')}</span>` : ''}
${r.compound ? html`<span class="badge compound">${t('queue.compound')}</span>` : ''}</h1>
${m.problem ? html`<p class="notice" role="alert">${t(`error.${m.problem}`)}</p>` : ''}
${r.status === 'withdrawn' ? html`<p class="notice">${t('case.withdrawn', { at: r.withdrawnAt ? formatTime(lang, r.withdrawnAt) : '' })}</p>` : ''}
${r.anonymised && r.status !== 'withdrawn' ? html`<p class="notice">${t('case.anonymised')}</p>` : ''}
<div class="cols">
<section class="card">
  <h2 style="margin-top:0">${t('case.words')}</h2>
  ${r.words ? html`<div class="words">${r.words}</div>` : html`<p class="muted">${r.status === 'withdrawn' || r.anonymised ? t('case.erased') : t('case.noWords')}</p>`}
  <h2>${t('queue.categories')}</h2>
  <p>${r.categories.map((c) => html`<span class="badge">${categoryName(lang, c)}</span>`)}</p>
  <p class="muted">${t('case.why')}: ${why(ctx, r)}</p>
</section>
<section class="card">
  <dl>
    <dt>${t('queue.window')}</dt><dd>${windowName(r.serviceId)}</dd>
    ${r.coordinatorServiceId ? html`<dt>${t('case.coordinator')}</dt><dd>${windowName(r.coordinatorServiceId)}</dd>` : ''}
    <dt>${t('case.received')}</dt><dd>${formatTime(lang, r.createdAt)} (${waited(t, r.createdAt, m.now)})</dd>
    <dt>${t('case.contact')}</dt><dd>${t(`contact.${r.contactMethod}`)}</dd>
    ${r.contactDetails.phone ? html`<dt>${t('case.phone')}</dt><dd><a href="tel:${r.contactDetails.phone}">${r.contactDetails.phone}</a></dd>` : ''}
    <dt>${t('queue.language')}</dt><dd>${r.locale}</dd>
    <dt>${t('case.consent')}</dt><dd>${t('case.consentLine', { at: formatTime(lang, r.consent.at), version: r.consent.textVersion, language: r.consent.language })}</dd>
    ${r.outcome ? html`<dt>${t('case.outcome')}</dt><dd>${t(`outcome.${r.outcome}`)}</dd>` : ''}
  </dl>
</section>
</div>
<section class="card"><h2 style="margin-top:0">${t('case.actions')}</h2>${actions}</section>
${transfer}
${thread}
<section class="card"><h2 style="margin-top:0">${t('case.history')}</h2>
  <ul>${m.events.map((e) => eventLine(ctx, e, windowName))}</ul>
  <form method="post" action="/staff/referrals/${r.id}/note">${csrfField(ctx)}
    <label for="note">${t('case.note')}</label><textarea id="note" name="body" required maxlength="4000"></textarea>
    <p><button class="act secondary" type="submit">${t('case.addNote')}</button></p>
  </form>
</section>`,
  );
}
