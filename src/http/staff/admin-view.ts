import { html } from 'hono/html';
import type { Account, AuditEntry } from '../../app/staff/ports.ts';
import { formatTime } from './i18n.ts';
import { type Html, type PageContext, page } from './layout.ts';

export function auditView(ctx: PageContext, entries: AuditEntry[], older: string | null): Html {
  const { t, lang } = ctx;
  return page(
    ctx,
    t('audit.title'),
    html`<h1>${t('audit.title')}</h1>
<table><thead><tr><th>${t('audit.at')}</th><th>${t('audit.who')}</th><th>${t('audit.action')}</th><th>${t('audit.referral')}</th><th>${t('audit.detail')}</th></tr></thead>
<tbody>${entries.map(
      (e) =>
        html`<tr><td>${formatTime(lang, e.at)}</td><td>${e.accountEmail ?? '-'}</td><td>${e.action}</td><td><code>${e.referralId ?? ''}</code></td><td><code>${JSON.stringify(e.detail)}</code></td></tr>`,
    )}</tbody></table>
${older ? html`<p><a href="/staff/audit?before=${older}">${t('audit.older')} →</a></p>` : ''}`,
  );
}

export function accountsView(
  ctx: PageContext,
  accounts: Account[],
  windowName: (id: string) => string,
): Html {
  const { t } = ctx;
  return page(
    ctx,
    t('accounts.title'),
    html`<h1>${t('accounts.title')}</h1>
<p class="muted">${t('accounts.cli')}</p>
<table><thead><tr><th>${t('accounts.email')}</th><th>${t('accounts.role')}</th><th>${t('accounts.org')}</th></tr></thead>
<tbody>${accounts.map((a) => html`<tr><td>${a.email}</td><td>${t(`role.${a.role}`)}</td><td>${a.orgId ? windowName(a.orgId) : '-'}</td></tr>`)}</tbody></table>`,
  );
}
