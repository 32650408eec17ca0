import { html } from 'hono/html';
import { type QueueCursor, type QueueFilters, type QueueRow, STATUSES } from '../../app/staff/ports.ts';
import { CATEGORIES } from '../../core/categories.ts';
import { categoryName, waited } from './i18n.ts';
import { type Html, type PageContext, page } from './layout.ts';

export interface QueueViewModel {
  rows: QueueRow[];
  next: QueueCursor | null;
  filters: QueueFilters;
  windows: { id: string; name: string }[];
  languages: readonly string[];
  now: Date;
  showWindowFilter: boolean;
}

function query(filters: QueueFilters, cursor: QueueCursor | null): string {
  const q = new URLSearchParams();
  q.set('status', filters.status);
  if (filters.category) q.set('category', filters.category);
  if (filters.serviceId) q.set('window', filters.serviceId);
  if (filters.language) q.set('language', filters.language);
  if (filters.compound) q.set('compound', '1');
  if (filters.referenceCode) q.set('code', filters.referenceCode);
  if (cursor) q.set('after', `${cursor.rank}_${cursor.createdAt}_${cursor.id}`);
  return `?${q.toString()}`;
}

function option(value: string, label: string, selected: boolean): Html {
  return html`<option value="${value}" ${selected ? 'selected' : ''}>${label}</option>`;
}

export function queueView(ctx: PageContext, m: QueueViewModel): Html {
  const { t, lang } = ctx;
  const f = m.filters;
  const windowName = (id: string) => m.windows.find((w) => w.id === id)?.name ?? id;
  const filters = html`<form method="get" action="/staff" class="card filters" role="search">
  <label>${t('queue.status')}<select name="status">
    ${option('open', t('queue.open'), f.status === 'open')}
    ${STATUSES.map((s) => option(s, t(`status.${s}`), f.status === s))}
    ${option('all', t('queue.any'), f.status === 'all')}
  </select></label>
  <label>${t('queue.categories')}<select name="category">
    ${option('', t('queue.any'), !f.category)}
    ${CATEGORIES.map((c) => option(c, categoryName(lang, c), f.category === c))}
  </select></label>
  ${
    m.showWindowFilter
      ? html`<label>${t('queue.window')}<select name="window">
    ${option('', t('queue.any'), !f.serviceId)}
    ${m.windows.map((w) => option(w.id, w.name, f.serviceId === w.id))}
  </select></label>`
      : ''
  }
  <label>${t('queue.language')}<select name="language">
    ${option('', t('queue.any'), !f.language)}
    ${m.languages.map((l) => option(l, l, f.language === l))}
  </select></label>
  <label style="flex-direction:row;gap:.3rem;align-items:center"><input type="checkbox" name="compound" value="1" ${f.compound ? 'checked' : ''} style="min-height:auto">${t('queue.compoundOnly')}</label>
  <label>${t('queue.search')}<input type="search" name="code" value="${f.referenceCode ?? ''}" placeholder="SMD-XXXX-XXXX" size="14"></label>
  <button class="primary" type="submit">${t('queue.filter')}</button>
</form>`;
  const rows = m.rows.map(
    (r) => html`<tr class="${r.crisis && r.status !== 'closed' ? 'urgent' : ''}">
  <td><a href="/staff/referrals/${r.id}">${r.referenceCode}</a><br>
    ${r.crisis ? html`<span class="badge urgent">${t('queue.urgent')}</span>` : ''}
    ${r.compound ? html`<span class="badge compound">${t('queue.compound')}</span>` : ''}</td>
  <td>${waited(t, r.createdAt, m.now)}</td>
  <td><span class="badge ${r.status}">${t(`status.${r.status}`)}</span>${r.claimedBy && r.claimedBy === ctx.account?.id ? html`<br><span class="muted">${t('queue.mine')}</span>` : ''}</td>
  <td>${r.categories.map((c) => html`<span class="badge">${categoryName(lang, c)}</span>`)}</td>
  <td class="hide-narrow">${windowName(r.serviceId)}</td>
  <td>${r.locale}</td>
  <td class="hide-narrow">${t(`contact.${r.contactMethod}`)}</td>
</tr>`,
  );
  return page(
    ctx,
    t('queue.title'),
    html`<h1>${t('queue.title')}${ctx.account?.orgId && !m.showWindowFilter ? html` — ${windowName(ctx.account.orgId)}` : ''}</h1>
${filters}
${
  m.rows.length === 0
    ? html`<p class="card">${t('queue.empty')}</p>`
    : html`<table>
  <thead><tr><th>${t('queue.code')}</th><th>${t('queue.waiting')}</th><th>${t('queue.status')}</th><th>${t('queue.categories')}</th><th class="hide-narrow">${t('queue.window')}</th><th>${t('queue.language')}</th><th class="hide-narrow">${t('queue.contact')}</th></tr></thead>
  <tbody>${rows}</tbody>
</table>`
}
<p class="actions" style="margin-top:1rem">
  ${m.next ? html`<a rel="next" href="/staff${query(f, m.next)}">${t('queue.next')} →</a>` : ''}
  <a href="/staff${query(f, null)}">${t('queue.first')}</a>
</p>`,
  );
}

/** Reads `rank_createdAt_id` back into a cursor; anything else starts at the first page. */
export function parseCursor(value: string | undefined): QueueCursor | null {
  const match = /^(\d{1,2})_([0-9T:.\-Z]{20,30})_([0-9a-f-]{36})$/.exec(value ?? '');
  if (!match) return null;
  const createdAt = match[2] as string;
  if (Number.isNaN(new Date(createdAt).getTime())) return null;
  return { rank: Number(match[1]), createdAt, id: match[3] as string };
}
