import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { clientLabel } from '../mapping/client';
import { invoiceIdOf, invoiceLabel } from '../mapping/invoice';
import { clientListQuery, NEWEST_INVOICES_FIRST, productListQuery, recordIdOf } from '../mapping/list';
import { productLabel } from '../mapping/product';
import { bankAccountItem } from '../mapping/reference';
import { infaktPage, MAX_PAGE_SIZE } from '../transport';

interface SearchSpec {
	path: string;
	item: (record: IDataObject) => INodeListSearchItems;
	/** inFakt's own search for the text; without it the entries of each page are searched here. */
	query?: (filter: string) => IDataObject;
	fixed?: IDataObject;
}

function offsetOf(token: string | undefined): number {
	const offset = Number(token);
	return Number.isInteger(offset) && offset > 0 ? offset : 0;
}

const search = (spec: SearchSpec) =>
	async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const text = (filter ?? '').trim();
		const offset = offsetOf(paginationToken);
		const query = { ...spec.fixed, ...(text !== '' && spec.query !== undefined ? spec.query(text) : {}) };
		const { entities, totalCount } = await infaktPage(this, spec.path, query, offset, MAX_PAGE_SIZE);
		const needle = text.toLowerCase();
		const results = entities.map(spec.item).filter((entry) => spec.query !== undefined || entry.name.toLowerCase().includes(needle));
		const next = offset + entities.length;
		return { results, paginationToken: entities.length > 0 && next < totalCount ? String(next) : undefined };
	};

export const listSearch = {
	/** Newest first; the text is looked for in the number, buyer and date shown, since inFakt searches numbers only exactly. */
	searchInvoices: search({
		path: '/invoices.json',
		fixed: NEWEST_INVOICES_FIRST,
		item: (invoice) => ({ name: invoiceLabel(invoice), value: invoiceIdOf(invoice) }),
	}),
	searchClients: search({
		path: '/clients.json',
		query: (name) => clientListQuery({ name }),
		item: (client) => ({ name: clientLabel(client), value: recordIdOf(client) }),
	}),
	searchProducts: search({
		path: '/products.json',
		query: (name) => productListQuery({ name }),
		item: (product) => ({ name: productLabel(product), value: recordIdOf(product) }),
	}),
	searchBankAccounts: search({ path: '/bank_accounts.json', item: bankAccountItem }),
};
