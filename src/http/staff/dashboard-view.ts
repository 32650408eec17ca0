import { html, raw } from 'hono/html';
import type { WeeklyCounts } from '../../app/staff/ports.ts';
import { categoryName, type StaffLang } from './i18n.ts';
import { type Html, type PageContext, page } from './layout.ts';

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A bar per week, drawn on the server: no script, readable without colour. */
export function barChart(title: string, points: { label: string; value: number }[], unit = ''): string {
  const width = 640;
  const height = 200;
  const left = 40;
  const bottom = 40;
  const max = Math.max(1, ...points.map((p) => p.value));
  const slot = (width - left) / Math.max(1, points.length);
  const bars = points
    .map((p, i) => {
      const h = Math.round(((height - bottom - 26) * p.value) / max);
      const x = left + i * slot + slot * 0.15;
      const y = height - bottom - h;
      return `<rect x="${x.toFixed(1)}" y="${y}" width="${(slot * 0.7).toFixed(1)}" height="${h}" fill="#0b57a4"><title>${esc(p.label)}: ${p.value}${unit}</title></rect>
<text x="${(x + slot * 0.35).toFixed(1)}" y="${y - 3}" font-size="12" text-anchor="middle">${p.value}${esc(unit)}</text>
<text x="${(x + slot * 0.35).toFixed(1)}" y="${height - bottom + 16}" font-size="11" text-anchor="middle">${esc(p.label.slice(5))}</text>`;
    })
    .join('\n');
  return `<svg role="img" aria-label="${esc(title)}" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">
<line x1="${left}" y1="${height - bottom}" x2="${width}" y2="${height - bottom}" stroke="#888"/>
<text x="0" y="14" font-size="12">${max}${esc(unit)}</text>
${bars}
</svg>`;
}

function breakdownTable(
  lang: StaffLang,
  weeks: WeeklyCounts[],
  pick: (w: WeeklyCounts) => Record<string, number>,
  name: (key: string) => string,
  weekLabel: string,
): Html {
  const keys = [...new Set(weeks.flatMap((w) => Object.keys(pick(w))))].sort();
  return html`<table><thead><tr><th>${weekLabel}</th>${keys.map((k) => html`<th>${name(k)}</th>`)}</tr></thead>
<tbody>${weeks.map((w) => html`<tr><td>${w.week}</td>${keys.map((k) => html`<td>${pick(w)[k] ?? 0}</td>`)}</tr>`)}</tbody></table>${lang ? '' : ''}`;
}

export function dashboardView(ctx: PageContext, weeks: WeeklyCounts[]): Html {
  const { t, lang } = ctx;
  const series = (value: (w: WeeklyCounts) => number) =>
    weeks.map((w) => ({ label: w.week, value: value(w) }));
  const chart = (title: string, svg: string) =>
    html`<section class="card"><h2 style="margin-top:0">${title}</h2>${raw(svg)}</section>`;
  return page(
    ctx,
    t('dashboard.title'),
    html`<h1>${t('dashboard.title')}</h1>
<p class="muted">${t('dashboard.note')} <a href="/staff/dashboard.csv">${t('dashboard.csv')}</a></p>
<div class="cols">
${chart(
  t('dashboard.concerns'),
  barChart(
    t('dashboard.concerns'),
    series((w) => w.concerns),
  ),
)}
${chart(
  t('dashboard.referrals'),
  barChart(
    t('dashboard.referrals'),
    series((w) => w.referrals),
  ),
)}
${chart(
  t('dashboard.compoundShare'),
  barChart(
    t('dashboard.compoundShare'),
    series((w) => (w.referrals ? Math.round((100 * w.compound) / w.referrals) : 0)),
    '%',
  ),
)}
${chart(
  t('dashboard.timeToClaim'),
  barChart(
    t('dashboard.timeToClaim'),
    series((w) => w.medianMinutesToClaim ?? 0),
  ),
)}
</div>
<section class="card"><h2 style="margin-top:0">${t('dashboard.categories')}</h2>${breakdownTable(
      lang,
      weeks,
      (w) => w.byCategory,
      (k) => categoryName(lang, k),
      t('dashboard.week'),
    )}</section>
<section class="card"><h2 style="margin-top:0">${t('dashboard.languages')}</h2>${breakdownTable(
      lang,
      weeks,
      (w) => w.byLanguage,
      (k) => k,
      t('dashboard.week'),
    )}</section>`,
  );
}

/** Aggregates only, one row per week and measure: no referral, person or free text in it. */
export function dashboardCsv(weeks: WeeklyCounts[]): string {
  const lines = ['week,measure,key,value'];
  for (const w of weeks) {
    lines.push(`${w.week},conversations_started,,${w.concerns}`);
    lines.push(`${w.week},referrals,,${w.referrals}`);
    lines.push(`${w.week},compound_referrals,,${w.compound}`);
    lines.push(`${w.week},withdrawn_referrals,,${w.withdrawn}`);
    lines.push(`${w.week},median_minutes_to_claim,,${w.medianMinutesToClaim ?? ''}`);
    for (const [k, v] of Object.entries(w.byCategory))
      lines.push(`${w.week},referrals_by_category,${k},${v}`);
    for (const [k, v] of Object.entries(w.byLanguage))
      lines.push(`${w.week},referrals_by_language,${k},${v}`);
  }
  return `${lines.join('\n')}\n`;
}
