import { html } from 'hono/html';
import { type Html, type PageContext, page } from './layout.ts';

export function loginView(
  ctx: PageContext,
  csrf: string,
  problem: 'invalid' | 'limited' | null,
  email = '',
): Html {
  const { t } = ctx;
  return page(
    ctx,
    t('login.title'),
    html`<div class="card" style="max-width:28rem;margin:2rem auto">
  <h1>${t('login.title')}</h1>
  ${problem ? html`<p class="notice" role="alert">${t(`login.${problem}`)}</p>` : ''}
  <form method="post" action="/staff/login" class="filters" style="flex-direction:column;align-items:stretch">
    <input type="hidden" name="_csrf" value="${csrf}">
    <label>${t('login.email')}<input type="email" name="email" autocomplete="username" required value="${email}"></label>
    <label>${t('login.password')}<input type="password" name="password" autocomplete="current-password" required></label>
    <button class="primary" type="submit">${t('login.submit')}</button>
  </form>
</div>`,
  );
}
