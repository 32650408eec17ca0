import type { Category } from '../categories.ts';
import type { Routing } from '../triage/types.ts';
import type { Directory, Service } from './schema.ts';

/** The first window that takes a category; drop-in places only when nothing else does. */
function windowFor(directory: Directory, category: Category): Service | undefined {
  const takers = directory.services.filter((s) => s.categories.includes(category));
  return takers.find((s) => s.id === directory.generalServiceId && category === 'other') ?? takers[0];
}

/** Where categories go: one window per category, best first; coordinators join compound cases. */
export function route(directory: Directory, categories: Category[], compound: boolean): Routing {
  const serviceIds: string[] = [];
  for (const category of categories) {
    const id = windowFor(directory, category)?.id ?? directory.generalServiceId;
    if (!serviceIds.includes(id)) serviceIds.push(id);
  }
  if (serviceIds.length === 0) serviceIds.push(directory.generalServiceId);
  const primary = serviceIds[0] as string;
  const coordinator =
    compound && primary !== directory.coordinatorServiceId ? directory.coordinatorServiceId : null;
  return { primary, serviceIds, coordinator };
}
