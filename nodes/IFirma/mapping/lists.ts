import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

import type { IsoDate } from '../../core/canonical';
import { documentRef } from './document';
import { PROFORMA } from './documentTypes';

/*
 * The lists of documents (`faktury.json` for every type but pro formas, `proformy.json` for those) and
 * the pro formas found by their order (docs/services/ifirma.md, "Invoice list parameters").
 */

export const INVOICE_LIST_PATH = 'faktury.json';
export const PROFORMA_LIST_PATH = 'proformy.json';

/** The most entries a page holds (inferred: clients cap it at 100; the maximum is not documented). */
export const MAX_PAGE_SIZE = 100;

export const PAYMENT_STATUS_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Overdue', value: 'przeterminowane' },
	{ name: 'Unpaid, Not Yet Due', value: 'nieoplacone' },
	{ name: 'Partly Paid', value: 'oplaconeCzesciowo' },
	{ name: 'Paid', value: 'oplacone' },
];

/** What a list is asked for; the issue date it starts from is required by the service. */
export interface ListFilters {
	issuedFrom: IsoDate;
	issuedTo?: IsoDate;
	statuses?: string[];
	clientIdentifier?: string;
	clientTaxId?: string;
	typeCode?: string;
	amountFrom?: number;
	amountTo?: number;
}

export function listQuery(filters: ListFilters): IDataObject {
	const query: IDataObject = { dataOd: filters.issuedFrom };
	const optional: Array<[string, string | number | undefined]> = [
		['dataDo', filters.issuedTo],
		['status', filters.statuses !== undefined && filters.statuses.length > 0 ? filters.statuses.join(',') : undefined],
		['kontrahent', filters.clientIdentifier],
		['nipKontrahenta', filters.clientTaxId],
		['typ', filters.typeCode],
		['kwotaOd', filters.amountFrom],
		['kwotaDo', filters.amountTo],
	];
	for (const [name, value] of optional) if (value !== undefined) query[name] = value;
	return query;
}

export function pageQuery(page: number, pageSize: number): IDataObject {
	return { strona: page, iloscNaStronie: pageSize };
}

export function listEntries(payload: IDataObject): IDataObject[] {
	return Array.isArray(payload.Wynik) ? (payload.Wynik as IDataObject[]) : [];
}

/** The documents issued through the API for an order: its pro forma and, once issued, its invoice. */
export function orderPath(orderNumber: string): string {
	return `${PROFORMA.endpoint}/find/${encodeURIComponent(orderNumber)}.json`;
}

/** How the order search names a pro forma among the documents it found. */
const FOUND_PROFORMA = 'PROFORMA';

/** The pro formas among the documents found for an order, each as the reference its address takes. */
export function proformaRefsOfOrder(payload: IDataObject): string[] {
	return listEntries(payload)
		.filter((found) => found.Typ === FOUND_PROFORMA)
		.map((found) => {
			const id = found.Identyfikator;
			return id === undefined || id === null ? documentRef(String(found.PelnyNumer ?? '')) : String(id);
		});
}
