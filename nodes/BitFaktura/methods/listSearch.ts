import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { accountBaseUrl } from '../auth';
import type { PickedRecord } from '../locators';
import { recordAddress } from '../locators';
import {
	clientLabel,
	clientSearchQuery,
	departmentLabel,
	INVOICE_SEARCH_QUERY,
	invoiceLabel,
	namedLabel,
	paymentLabel,
	productLabel,
	warehouseDocumentLabel,
} from '../mapping/search';
import { idOf } from '../mapping/wire';
import { bitFakturaPage, CREDENTIAL_TYPE, MAX_PAGE_SIZE } from '../transport';

interface SearchSpec {
	record: PickedRecord;
	path: string;
	label: (record: IDataObject) => string;
	/** The service's own search for the text; without it the labels of each page are searched here. */
	query?: (filter: string | undefined) => IDataObject;
	/** Parameters every page is asked with. */
	fixed?: IDataObject;
}

/** One page of a list as the editor's entries, each linked to its page in the web app. */
async function searchPage(ctx: ILoadOptionsFunctions, spec: SearchSpec, filter: string | undefined, paginationToken: string | undefined): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	const accountUrl = accountBaseUrl(String(credentials.account ?? ''));
	const records = await bitFakturaPage(ctx, spec.path, { ...spec.fixed, ...spec.query?.(filter) }, page);
	const needle = (filter ?? '').toLowerCase();
	const results = records
		.map((record) => ({ name: spec.label(record), value: idOf(record), url: recordAddress(accountUrl, spec.record, idOf(record)) }))
		.filter((entry) => spec.query !== undefined || entry.name.toLowerCase().includes(needle));
	return { results, paginationToken: records.length === MAX_PAGE_SIZE ? String(page + 1) : undefined };
}

const search = (spec: SearchSpec) =>
	async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		return await searchPage(this, spec, filter, paginationToken);
	};

export const listSearch = {
	searchCategories: search({ record: 'category', path: '/categories.json', label: namedLabel }),
	searchClients: search({ record: 'client', path: '/clients.json', label: clientLabel, query: clientSearchQuery }),
	searchDepartments: search({ record: 'department', path: '/departments.json', label: departmentLabel }),
	searchInvoices: search({ record: 'invoice', path: '/invoices.json', label: invoiceLabel, fixed: INVOICE_SEARCH_QUERY }),
	searchPayments: search({ record: 'payment', path: '/banking/payments.json', label: paymentLabel }),
	searchProducts: search({ record: 'product', path: '/products.json', label: productLabel }),
	searchWarehouseDocuments: search({ record: 'warehouseDocument', path: '/warehouse_documents.json', label: warehouseDocumentLabel }),
	searchWarehouses: search({ record: 'warehouse', path: '/warehouses.json', label: namedLabel }),
};
