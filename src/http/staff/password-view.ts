import { html } from 'hono/html';
import { csrfField, type Html, type PageContext, page } from './layout.ts';

export function passwordView(ctx: PageContext, problem: 'wrong_current' | 'too_short' | 'same' | null): Html {
  const { t } = ctx;
  return page(
    ctx,
    t('password.title'),
    html`<div class="card" style="max-width:30rem;margin:2rem auto">
  <h1>${t('password.title')}</h1>
  ${ctx.account?.mustChangePassword ? html`<p>${t('password.oneTime')}</p>` : ''}
  ${problem ? html`<p class="notice" role="alert">${t(`password.${problem}`)}</p>` : ''}
  <form method="post" action="/staff/password" class="filters" style="flex-direction:column;align-items:stretch">
    ${csrfField(ctx)}
    <label>${t('password.current')}<input type="password" name="current" autocomplete="current-password" required></label>
    <label>${t('password.next')}<input type="password" name="next" autocomplete="new-password" minlength="12" required></label>
    <button class="primary" type="submit">${t('password.submit')}</button>
  </form>
</div>`,
  );
}
