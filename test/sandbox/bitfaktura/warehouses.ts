/** Warehouses (`/warehouses.json`): `{warehouse: {name, kind, description}}` (API page). */
import { namedResource } from './namedResources';
import type { WarehouseRecord } from './store';

export const warehouses = namedResource<WarehouseRecord>({
	collection: '/warehouses',
	wrapper: 'warehouse',
	fields: ['name', 'kind', 'description'],
	table: (store) => store.warehouses,
});
