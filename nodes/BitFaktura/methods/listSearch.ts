import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';

import { bitFakturaRequest, MAX_PAGE_SIZE } from '../transport';

/**
 * One page of a list as dropdown entries. Clients and products are searched by the service; the short
 * lists (warehouses, categories, departments) are filtered here.
 */
async function searchPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	filter: string | undefined,
	paginationToken: string | undefined,
	options: { serverFilter?: string; label: (record: IDataObject) => string },
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const qs: IDataObject = { page, per_page: MAX_PAGE_SIZE };
	if (filter && options.serverFilter) qs[options.serverFilter] = filter;
	const records = await bitFakturaRequest<IDataObject[]>(ctx, 'GET', path, { qs, expect: 'list' });
	const needle = (filter ?? '').toLowerCase();
	const results: INodePropertyOptions[] = records
		.map((record) => ({ name: options.label(record), value: String(record.id) }))
		.filter((entry) => options.serverFilter !== undefined || entry.name.toLowerCase().includes(needle));
	return {
		results,
		paginationToken: records.length === MAX_PAGE_SIZE ? String(page + 1) : undefined,
	};
}

const named = (record: IDataObject) => String(record.name ?? `#${String(record.id)}`);

export const listSearch = {
	async searchClients(this: ILoadOptionsFunctions, filter?: string, token?: string) {
		return await searchPage(this, '/clients.json', filter, token, {
			serverFilter: 'name',
			label: (client) => (client.tax_no ? `${named(client)} (${String(client.tax_no)})` : named(client)),
		});
	},
	async searchProducts(this: ILoadOptionsFunctions, filter?: string, token?: string) {
		return await searchPage(this, '/products.json', filter, token, {
			label: (product) => (product.code ? `${named(product)} [${String(product.code)}]` : named(product)),
		});
	},
	async searchWarehouses(this: ILoadOptionsFunctions, filter?: string, token?: string) {
		return await searchPage(this, '/warehouses.json', filter, token, { label: named });
	},
	async searchCategories(this: ILoadOptionsFunctions, filter?: string, token?: string) {
		return await searchPage(this, '/categories.json', filter, token, { label: named });
	},
	async searchDepartments(this: ILoadOptionsFunctions, filter?: string, token?: string) {
		return await searchPage(this, '/departments.json', filter, token, {
			label: (department) => String(department.name ?? department.shortcut ?? `#${String(department.id)}`),
		});
	},
};
