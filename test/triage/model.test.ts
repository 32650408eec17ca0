import { describe, expect, it } from 'vitest';
import { DEFAULT_TRAINING, KEEP_ABOVE, pack, readCorpus, train } from '../../scripts/train-triage.ts';
import { featuresOf, slotOf } from '../../src/core/triage/model/features.ts';
import { HEADS, predict, vectorOf } from '../../src/core/triage/model/model.ts';
import { WEIGHTS } from '../../src/core/triage/model/weights.ts';
import { fold } from '../../src/core/triage/normalise.ts';

const { items, digest } = readCorpus();

describe('the triage model', () => {
  it('was trained on the corpus and development sets as they are now (run `npm run train:triage` after changing either)', () => {
    expect({ corpus: WEIGHTS.corpus, trainedOn: WEIGHTS.trainedOn }).toEqual({
      corpus: digest,
      trainedOn: items.length,
    });
  });

  it('trains the same weights from the same concerns, every time', () => {
    const some = items.filter((_, i) => i % 25 === 0);
    const options = { ...DEFAULT_TRAINING, epochs: 2, minCount: 1, seed: 7 };
    expect(pack(train(some, options), 'x', some.length)).toEqual(
      pack(train(some, options), 'x', some.length),
    );
  });

  it('reads back what it packs: every kept weight within half a step of its int8 form', () => {
    const some = items.filter((_, i) => i % 50 === 0);
    const trained = train(some, { ...DEFAULT_TRAINING, epochs: 1, minCount: 1, seed: 3 });
    const stored = pack(trained, 'x', some.length);
    const learnt = new Map(
      trained.entries.filter((e) => Math.abs(e.w) >= KEEP_ABOVE).map((e) => [e.key, e.w]),
    );
    for (const item of some.slice(0, 40)) {
      const vector = vectorOf(featuresOf(fold(item.text).text, item.lang));
      const heads = predict(featuresOf(fold(item.text).text, item.lang), stored);
      HEADS.forEach((_, head) => {
        let logit = stored.bias[head] as number;
        let slack = 1e-6;
        for (const { slot, x } of vector) {
          logit += (learnt.get(((slot << 5) | head) >>> 0) ?? 0) * x;
          slack += (stored.scale / 2) * x;
        }
        const p = heads[head]?.p as number;
        expect(Math.abs(Math.log(p / (1 - p)) - logit)).toBeLessThanOrEqual(slack);
      });
    }
  });

  it('reads Japanese and Chinese as characters and other scripts as words tagged with their language', () => {
    const ja = featuresOf(fold('家賃が払えない').text, 'ja').map((f) => f.span);
    expect(ja).toEqual(expect.arrayContaining(['家', '家賃', '賃が', '払えな']));
    const vi = featuresOf(fold('Tôi nợ tiền').text, 'vi');
    const en = featuresOf(fold('no money').text, 'en');
    // «nợ» folds to "no", but it is not the English "no".
    expect(vi.map((f) => f.slot)).not.toContain(en[0]?.slot);
    expect(slotOf('w:vi:no')).not.toBe(slotOf('w:en:no'));
  });

  it('gives every head a probability, and names the words that raised a likely one', () => {
    const folded = fold('I lost my job and cannot pay the rent');
    const heads = predict(featuresOf(folded.text, 'en'));
    expect(heads).toHaveLength(HEADS.length);
    for (const h of heads) expect(h.p).toBeGreaterThan(0);
    const housing = heads[HEADS.indexOf('housing')];
    expect(housing?.p).toBeGreaterThan(0.5);
    expect(housing?.evidence).toContain('rent');
  });
});
