import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { bitFakturaRequest, MAX_PAGE_SIZE } from '../transport';

/** Dropdowns inside collections, where a resource locator cannot stand: the short lists of the account. */
async function options(ctx: ILoadOptionsFunctions, path: string): Promise<INodePropertyOptions[]> {
	const records = await bitFakturaRequest<IDataObject[]>(ctx, 'GET', path, { qs: { page: 1, per_page: MAX_PAGE_SIZE }, expect: 'list' });
	return records
		.map((record) => ({ name: String(record.name ?? record.shortcut ?? `#${String(record.id)}`), value: String(record.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

export const loadOptions = {
	async getCategories(this: ILoadOptionsFunctions) {
		return await options(this, '/categories.json');
	},
	async getDepartments(this: ILoadOptionsFunctions) {
		return await options(this, '/departments.json');
	},
	async getWarehouses(this: ILoadOptionsFunctions) {
		return await options(this, '/warehouses.json');
	},
};
