import type { IDataObject } from 'n8n-workflow';

/** A page of any list: `{"metainfo":{count,total_count,next,previous},"entities":[…]}`. */
export interface ListPage {
	entities: IDataObject[];
	/** Every record the filters match, on all pages. */
	totalCount: number;
}

function isRecord(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The page, or undefined when the answer is not a list envelope. `next` is never read: inFakt sets it on
 * the last page too, pointing at the production host with a doubled path, so the total decides.
 */
export function readListPage(body: unknown): ListPage | undefined {
	if (!isRecord(body) || !Array.isArray(body.entities) || !isRecord(body.metainfo)) return undefined;
	const entities = body.entities.filter(isRecord);
	const total = Number(body.metainfo.total_count);
	return { entities, totalCount: Number.isSafeInteger(total) && total >= 0 ? total : entities.length };
}

/** Only the digits of a tax number, as `q[clean_…nip_eq]` compares them (`526-025-02-74` → `5260250274`). */
export function nipDigits(taxId: string): string {
	return taxId.replace(/\D/g, '');
}

export interface InvoiceFilters {
	kind?: string;
	number?: string;
	clientTaxId?: string;
	issueDateFrom?: string;
	issueDateTo?: string;
	/** `paid`, `unpaid`, or all when absent. */
	paidState?: string;
	sortBy?: string;
	sortDescending?: boolean;
}

/** INFERRED: `q[kind_eq]` tells VAT from pro forma on the shared path; the docs show the other filters only. */
export function invoiceListQuery(filters: InvoiceFilters): IDataObject {
	const query: IDataObject = {};
	if (filters.kind !== undefined) query['q[kind_eq]'] = filters.kind;
	if (filters.number !== undefined) query['q[number_eq]'] = filters.number;
	if (filters.clientTaxId !== undefined) query['q[clean_client_nip_eq]'] = nipDigits(filters.clientTaxId);
	if (filters.issueDateFrom !== undefined) query['q[invoice_date_gteq]'] = filters.issueDateFrom;
	if (filters.issueDateTo !== undefined) query['q[invoice_date_lteq]'] = filters.issueDateTo;
	if (filters.paidState === 'paid') query['q[paid_date_null]'] = 'false';
	if (filters.paidState === 'unpaid') query['q[paid_date_null]'] = 'true';
	if (filters.sortBy !== undefined) query.order = `${filters.sortBy} ${filters.sortDescending === true ? 'desc' : 'asc'}`;
	return query;
}

/** The invoice of this kind with exactly this number, the key a keyed create looks up. */
export function numberQuery(kind: string, number: string): IDataObject {
	return invoiceListQuery({ kind, number });
}

export function clientListQuery(filters: { taxId?: string; name?: string }): IDataObject {
	const query: IDataObject = {};
	if (filters.taxId !== undefined) query['q[clean_nip_eq]'] = nipDigits(filters.taxId);
	if (filters.name !== undefined) query['q[company_name_cont]'] = filters.name;
	return query;
}

/** INFERRED: `q[name_cont]`, the text modifier the docs name generally; they show `q[name_eq]` for products. */
export function productListQuery(filters: { name?: string }): IDataObject {
	return filters.name === undefined ? {} : { 'q[name_cont]': filters.name };
}

/** Newest first, for the editor's list of invoices. */
export const NEWEST_INVOICES_FIRST: IDataObject = { order: 'invoice_date desc' };

/** A client's, product's or bank account's numeric ID, as text. */
export function recordIdOf(record: IDataObject): string {
	return String(record.id ?? '');
}
