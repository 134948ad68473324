import type { IDataObject } from 'n8n-workflow';

import { flag } from './values';

export interface InvoiceFilters {
	type?: string;
	dateFrom?: string;
	dateTo?: string;
	clientId?: number;
	/** Up to 10 digits, leading zeros optional. */
	number?: string;
	status?: string;
	isAnnulled?: boolean;
}

/** GET /invoices filters; the names come from third-party MCP pages (INFERRED, docs/services/invbg.md). */
export function invoiceQuery(filters: InvoiceFilters): IDataObject {
	const query: IDataObject = {
		type: filters.type,
		date_from: filters.dateFrom,
		date_to: filters.dateTo,
		client_id: filters.clientId,
		// v3 keeps numbers as 10 zero-padded digits and the filter is taken to match them exactly (INFERRED).
		number: filters.number?.padStart(10, '0'),
		status: filters.status,
		is_annulled: filters.isAnnulled === undefined ? undefined : flag(filters.isAnnulled),
	};
	return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

/** A v3 list: where it is, and the key its rows come under (only `accounts` is seen in code; the rest INFERRED). */
export interface ListEndpoint {
	path: string;
	rowsKey: string;
}

export const INVOICE_LIST: ListEndpoint = { path: '/invoices', rowsKey: 'invoices' };
export const CLIENT_LIST: ListEndpoint = { path: '/clients', rowsKey: 'clients' };
export const ITEM_LIST: ListEndpoint = { path: '/items', rowsKey: 'items' };
export const BANK_ACCOUNT_LIST: ListEndpoint = { path: '/bank/accounts', rowsKey: 'accounts' };

/** A page's query: v3 numbers pages from 1 and serves up to 100 rows a page. */
export function pageQuery(query: IDataObject, page: number, perPage: number): IDataObject {
	return { ...query, page, per_page: perPage };
}

/** One page's rows, and how many rows the whole list has (`total`). */
export function readListPage(body: IDataObject, list: ListEndpoint): { records: IDataObject[]; total: number } {
	const rows = body[list.rowsKey];
	const total = Number(body.total);
	return { records: Array.isArray(rows) ? (rows as IDataObject[]) : [], total: Number.isFinite(total) ? total : 0 };
}
