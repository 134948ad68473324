import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { clientQuery } from '../mapping/client';
import type { ListEndpoint } from '../mapping/list';
import { BANK_ACCOUNT_LIST, CLIENT_LIST, INVOICE_LIST, ITEM_LIST } from '../mapping/list';
import { bankAccountEntry, clientEntry, invoiceEntry, isLiveBankAccount, itemEntry } from '../mapping/search';
import { hasMorePages, v3Page } from '../transport';

/** A dropdown page: enough to scroll on, few enough for one request. */
const PAGE_SIZE = 50;

function pageOf(token: string | undefined): number {
	const page = Number(token);
	return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** One page of a list as dropdown entries; `filter` narrows the page where v3 has no search of its own. */
async function search(
	ctx: ILoadOptionsFunctions,
	list: ListEndpoint,
	options: { query?: IDataObject; keep?: (record: IDataObject) => boolean },
	entry: (record: IDataObject) => INodeListSearchItems,
	filter: string | undefined,
	token: string | undefined,
): Promise<INodeListSearchResult> {
	const page = pageOf(token);
	const { records, total } = await v3Page(ctx, list, options.query ?? {}, page, PAGE_SIZE);
	const wanted = filter?.trim().toLowerCase() ?? '';
	const results = records
		.filter((record) => options.keep?.(record) ?? true)
		.map(entry)
		.filter((result) => wanted === '' || result.name.toLowerCase().includes(wanted));
	return { results, paginationToken: hasMorePages(page, PAGE_SIZE, records.length, total) ? String(page + 1) : undefined };
}

export const listSearch = {
	/** Searched by number and buyer within the page: GET /invoices has no text search. */
	async searchInvoices(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		return await search(this, INVOICE_LIST, {}, invoiceEntry, filter, token);
	},

	/** Searched by name on the service's side. */
	async searchClients(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		const query = clientQuery({ name: filter?.trim() || undefined });
		return await search(this, CLIENT_LIST, { query }, clientEntry, undefined, token);
	},

	async searchItems(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		return await search(this, ITEM_LIST, {}, itemEntry, filter, token);
	},

	/** Deleted accounts stay in the list (a soft delete) and are never offered. */
	async searchBankAccounts(this: ILoadOptionsFunctions, filter?: string, token?: string): Promise<INodeListSearchResult> {
		return await search(this, BANK_ACCOUNT_LIST, { keep: isLiveBankAccount }, bankAccountEntry, filter, token);
	},
};
