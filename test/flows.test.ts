import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTexts, RESOURCES, type Resources } from '../src/adapters/i18n/texts.ts';
import { CATEGORIES } from '../src/core/categories.ts';
import { flowTextKeys } from '../src/core/flow/graph.ts';
import { COMMANDS } from '../src/core/flow/input.ts';
import { loadFlow } from '../src/core/flow/load.ts';
import type { Flow } from '../src/core/flow/schema.ts';
import { leaves, placeholders } from './support/locale-tree.ts';

const root = new URL('../', import.meta.url);
const readJson = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

const flows: [string, Flow][] = readdirSync(new URL('flows/', root))
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, loadFlow(readJson(`flows/${f}`))]);

const resources: Resources = Object.fromEntries(
  readdirSync(new URL('locales/', root))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), readJson(`locales/${f}`) as Record<string, unknown>]),
);
const locales = Object.keys(resources);
const texts = createTexts(resources);

/** Keys the LINE renderer asks for: literal `t(locale, '…')` calls plus the generated ones. */
function rendererKeys(): string[] {
  const source = ['render.ts', 'directory-cards.ts', 'opening-text.ts']
    .map((file) => readFileSync(new URL(`src/adapters/line/${file}`, root), 'utf8'))
    .join('\n');
  const literal = [...source.matchAll(/\bt\([^,()]+,\s*'([\w.]+)'/g)].map((m) => m[1] as string);
  return [...literal, ...CATEGORIES.map((c) => `categories.${c}`), ...COMMANDS.map((c) => `commands.${c}`)];
}

/** Texts shown as quick-reply labels: flow buttons, the menu button, each language's own name. */
function quickReplyLabelKeys(): string[] {
  const keys = new Set(['common.menu', 'language.name']);
  for (const [, flow] of flows) {
    for (const step of Object.values(flow.steps)) {
      if (step.type === 'ask' && Array.isArray(step.buttons)) {
        for (const b of step.buttons) keys.add('label' in b ? b.label : b.location);
      }
    }
  }
  return [...keys];
}

describe('flows and locales', () => {
  it('finds the flows and the locales to check', () => {
    expect(flows.map(([f]) => f)).toContain('intake.json');
    expect(locales).toEqual(expect.arrayContaining(['ja', 'en']));
  });

  it('ships every locale file in locales/', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual([...locales].sort());
  });

  it.each(flows)('has every text %s can say in every locale', (_file, flow) => {
    const missing = [...flowTextKeys(flow)].flatMap((key) =>
      locales.filter((l) => !texts.has(l, key)).map((l) => `${l}:${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('has every text the LINE renderer uses in every locale', () => {
    const keys = rendererKeys();
    expect(keys).toEqual(expect.arrayContaining(['card.call', 'consent.title', 'hotlines.title']));
    const missing = keys.flatMap((key) =>
      locales.filter((l) => !texts.has(l, key)).map((l) => `${l}:${key}`),
    );
    expect(missing).toEqual([]);
  });

  const ja = leaves(resources.ja as Record<string, unknown>);

  it.each(locales.filter((l) => l !== 'ja'))('gives %s exactly the keys of ja.json', (locale) => {
    const keys = [...leaves(resources[locale] as Record<string, unknown>).keys()].sort();
    expect(keys).toEqual([...ja.keys()].sort());
  });

  it.each(locales)('gives %s the same placeholders as ja.json, key by key', (locale) => {
    const mine = leaves(resources[locale] as Record<string, unknown>);
    const differing = [...ja].flatMap(([key, value]) => {
      const theirs = mine.get(key);
      return theirs !== undefined && placeholders(theirs).join() !== placeholders(value).join() ? [key] : [];
    });
    expect(differing).toEqual([]);
  });

  it.each(locales)('keeps quick-reply labels within 20 UTF-16 units in %s', (locale) => {
    const tooLong = quickReplyLabelKeys()
      .map((key) => [key, texts.t(locale, key)] as const)
      .filter(([, label]) => label.length > 20);
    expect(tooLong).toEqual([]);
  });

  it.each(locales)('keeps category button labels within 40 UTF-16 units in %s', (locale) => {
    const tooLong = CATEGORIES.map((c) => texts.t(locale, `categories.${c}`)).filter((l) => l.length > 40);
    expect(tooLong).toEqual([]);
  });
});
