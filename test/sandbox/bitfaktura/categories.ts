/** Categories (`/categories.json`): `{category: {name, description}}` (API page). */
import { namedResource } from './namedResources';
import type { CategoryRecord } from './store';

export const categories = namedResource<CategoryRecord>({
	collection: '/categories',
	wrapper: 'category',
	fields: ['name', 'description'],
	table: (store) => store.categories,
});
