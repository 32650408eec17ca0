import { describe, expect, it } from 'vitest';
import arakawaJson from '../../../directories/arakawa.json' with { type: 'json' };
import sumidaJson from '../../../directories/sumida.json' with { type: 'json' };
import { loadDirectory } from '../../adapters/directory/load.ts';
import { CATEGORIES, type Category } from '../categories.ts';
import { route } from './routing.ts';
import { DirectorySchema } from './schema.ts';

const RAW = { sumida: sumidaJson, arakawa: arakawaJson } as const;

describe.each(['sumida', 'arakawa'] as const)('routing in %s', (id) => {
  const directory = loadDirectory(id);
  const byId = new Map(directory.services.map((s) => [s.id, s]));

  it.each(CATEGORIES)('sends %s to a window that takes it', (category) => {
    const { primary, serviceIds, coordinator } = route(directory, [category], false);
    expect(serviceIds).toEqual([primary]);
    expect(byId.get(primary)?.categories).toContain(category);
    expect(coordinator).toBeNull();
  });

  it('sends "other" to the general consultation', () => {
    expect(route(directory, ['other'], false).primary).toBe(directory.generalServiceId);
  });

  it('falls back to the general consultation when no category is given', () => {
    expect(route(directory, [], false)).toEqual({
      primary: directory.generalServiceId,
      serviceIds: [directory.generalServiceId],
      coordinator: null,
    });
  });

  it('adds the coordinator to a compound case, keeping one window per category', () => {
    const { primary, serviceIds, coordinator } = route(directory, ['elderly', 'livelihood'], true);
    expect(coordinator).toBe(directory.coordinatorServiceId);
    expect(primary).toBe(route(directory, ['elderly'], false).primary);
    expect(serviceIds).toEqual([primary, route(directory, ['livelihood'], false).primary]);
  });

  it('leaves the coordinator out of a single concern', () => {
    expect(route(directory, ['elderly', 'livelihood'], false).coordinator).toBeNull();
  });

  it('lists a window once when two categories lead to it', () => {
    const single = (c: Category) => route(directory, [c], false).primary;
    const pair = CATEGORIES.flatMap((a) =>
      CATEGORIES.filter((b) => b !== a && single(a) === single(b)).map((b) => [a, b] as const),
    )[0];
    if (!pair) throw new Error(`${id}: no two categories share a window`);
    expect(route(directory, [...pair], true).serviceIds).toEqual([single(pair[0])]);
  });

  describe('the directory schema', () => {
    const copy = () => structuredClone(RAW[id]) as unknown as { services: Record<string, unknown>[] };
    const issues = (raw: unknown) => {
      const result = DirectorySchema.safeParse(raw);
      return result.success ? [] : result.error.issues.map((i) => i.message);
    };

    it('accepts the real file', () => {
      expect(issues(RAW[id])).toEqual([]);
    });

    it('rejects a directory in which no service takes a category', () => {
      const bad = copy();
      for (const s of bad.services)
        s.categories = (s.categories as string[]).filter((c) => c !== 'hikikomori');
      bad.services = bad.services.filter((s) => (s.categories as string[]).length > 0);
      expect(issues(bad)).toContain('no service takes category "hikikomori"');
    });

    it('rejects a duplicate service id', () => {
      const bad = copy();
      bad.services.push({ ...(bad.services[2] as Record<string, unknown>) });
      expect(issues(bad)).toContain('service ids must be unique');
    });

    it('rejects a phone number containing letters', () => {
      const bad = copy();
      (bad.services[0] as Record<string, unknown>).phones = [{ number: '03-CALL-NOW' }];
      expect(issues(bad).length).toBeGreaterThan(0);
      expect(DirectorySchema.safeParse(bad).error?.issues[0]?.path).toEqual([
        'services',
        0,
        'phones',
        0,
        'number',
      ]);
    });

    it('rejects a service marked verified while something is still unconfirmed', () => {
      const bad = copy();
      const service = bad.services[0] as Record<string, unknown>;
      service.verified = true;
      service.unverified = ['phones'];
      expect(issues(bad).some((m) => m.includes('verified must be false'))).toBe(true);
    });

    it('rejects a latitude without a longitude, and a location nobody lists', () => {
      const bad = copy() as unknown as {
        locations: Record<string, unknown>[];
        services: Record<string, unknown>[];
      };
      bad.locations.push({
        id: 'half-a-place',
        name: { ja: '半分' },
        address: null,
        area_id: null,
        latitude: 35.7,
        longitude: null,
        verified: true,
        unverified: [],
        sources: ['test'],
      });
      expect(issues(bad)).toContain('latitude and longitude come together');
      (bad.services[0] as Record<string, unknown>).location_ids = ['nowhere'];
      expect(issues(bad).some((m) => m.includes('unknown location "nowhere"'))).toBe(true);
    });

    it('describes every schedule in words that agree with its rules', () => {
      for (const service of directory.services) {
        if (!service.schedule) continue;
        for (const rule of service.schedule.regular) {
          for (const time of [rule.opens_at, rule.closes_at]) {
            const shown = time === '24:00' || time === '00:00' ? '24' : time;
            expect(service.schedule.description.ja, service.id).toContain(shown);
          }
        }
      }
    });

    it('lists every drop-in place under a location and an area, so "nearby" can find it', () => {
      const places = directory.services.filter((s) => s.drop_in);
      for (const place of places) {
        const areas = place.location_ids.map((l) => directory.locations.find((x) => x.id === l)?.area_id);
        expect(
          areas.some((a) => a),
          place.id,
        ).toBe(true);
      }
    });

    it('rejects a general consultation that does not take "other"', () => {
      const bad = copy();
      const general = bad.services.find((s) => s.id === RAW[id].generalServiceId) as Record<string, unknown>;
      general.categories = ['elderly'];
      expect(issues(bad)).toContain('the general consultation must take "other"');
    });

    it('rejects a general consultation that is not in the directory', () => {
      const bad = { ...copy(), generalServiceId: 'nowhere' };
      expect(issues(bad)).toContain('unknown service "nowhere"');
    });
  });
});
