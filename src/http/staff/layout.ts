import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { Account } from '../../app/staff/ports.ts';
import type { StaffLang, T } from './i18n.ts';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

export interface PageContext {
  t: T;
  lang: StaffLang;
  account: Account | null;
  csrf: string | null;
  /** The current path and query, for the language switch. */
  here: string;
}

const STYLES = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font-family:system-ui,"Hiragino Sans","Noto Sans CJK JP","Noto Sans JP",Meiryo,sans-serif;font-size:18px;line-height:1.55;color:#1a1a1a;background:#f4f6f8}
a{color:#0b57a4}
header{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;padding:.6rem 1rem;background:#12355b;color:#fff}
header a,header button{color:#fff}
header .app{font-weight:700;margin-right:auto}
header form{margin:0}
header button{background:none;border:1px solid #fff8;border-radius:6px;padding:.3rem .7rem;font:inherit;cursor:pointer}
main{max-width:1100px;margin:0 auto;padding:1rem}
h1{font-size:1.4rem;margin:.4rem 0 1rem}
h2{font-size:1.15rem;margin:1.4rem 0 .5rem}
.card{background:#fff;border-radius:10px;padding:1rem;margin-bottom:1rem;box-shadow:0 1px 3px #0002}
.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:flex-end}
.filters label{display:flex;flex-direction:column;font-size:.85rem;color:#444}
input,select,textarea{font:inherit;padding:.45rem .55rem;border:1px solid #8a96a3;border-radius:6px;background:#fff;min-height:44px}
textarea{width:100%;min-height:5rem}
button.primary,button.act{font:inherit;min-height:44px;padding:.4rem 1rem;border-radius:8px;border:1px solid #0b57a4;background:#0b57a4;color:#fff;cursor:pointer}
button.act.secondary{background:#fff;color:#0b57a4}
table{width:100%;border-collapse:collapse;background:#fff}
th,td{text-align:left;padding:.6rem .5rem;border-bottom:1px solid #e0e4e8;vertical-align:top}
th{font-size:.85rem;color:#555;font-weight:600}
tr.urgent td{background:#fff1f0}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:99px;font-size:.8rem;font-weight:600;margin:0 .2rem .2rem 0;background:#e6ecf2}
.badge.urgent{background:#c62828;color:#fff}
.badge.compound{background:#6a1b9a;color:#fff}
.badge.new{background:#ffe082}
.badge.withdrawn{background:#9e9e9e;color:#fff}
.words{white-space:pre-wrap;background:#fffbe6;border-left:4px solid #f0c000;padding:.7rem;border-radius:4px}
.notice{padding:.7rem 1rem;border-radius:8px;background:#fdecea;color:#8a1c1c;margin-bottom:1rem}
.muted{color:#666;font-size:.9rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem;margin:0}
dt{color:#555}
dd{margin:0}
.actions{display:flex;flex-wrap:wrap;gap:.6rem;align-items:flex-end}
.actions form{display:flex;gap:.4rem;align-items:flex-end;flex-wrap:wrap;margin:0}
.thread li{margin-bottom:.6rem;list-style:none;background:#e8f5e9;border-radius:10px;padding:.5rem .8rem;white-space:pre-wrap}
.thread{padding:0}
.thread li.resident{background:#fff;border:1px solid #cfd8dc;margin-right:3rem}
.cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
@media (max-width:820px){.cols{grid-template-columns:1fr}.hide-narrow{display:none}}
svg text{font-family:inherit}
`;

function langSwitch(ctx: PageContext): string {
  const other = ctx.lang === 'ja' ? 'en' : 'ja';
  const url = new URL(ctx.here, 'http://x');
  url.searchParams.set('lang', other);
  return `${url.pathname}${url.search}`;
}

/** The page shell: header with navigation for the account's role, language switch, sign-out. */
export function page(ctx: PageContext, title: string, body: Html): Html {
  const { t, account } = ctx;
  const works = account && account.role !== 'admin';
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${t('app')}</title>
<style>${raw(STYLES)}</style>
</head>
<body>
<header>
  <span class="app">${t('app')}</span>
  ${works ? html`<a href="/staff">${t('nav.queue')}</a>` : ''}
  ${account && account.role !== 'staff' ? html`<a href="/staff/dashboard">${t('nav.dashboard')}</a>` : ''}
  ${account?.role === 'admin' ? html`<a href="/staff/audit">${t('nav.audit')}</a> <a href="/staff/accounts">${t('nav.accounts')}</a>` : ''}
  <a href="${langSwitch(ctx)}" hreflang="${ctx.lang === 'ja' ? 'en' : 'ja'}">${t('switchLang')}</a>
  ${
    account && ctx.csrf
      ? html`<span class="muted" style="color:#cfe">${account.email}</span>
  <form method="post" action="/staff/logout"><input type="hidden" name="_csrf" value="${ctx.csrf}"><button type="submit">${t('nav.logout')}</button></form>`
      : ''
  }
</header>
<main>
${body}
</main>
</body>
</html>`;
}

export function csrfField(ctx: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf ?? ''}">`;
}
