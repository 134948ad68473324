import type { IDataObject } from 'n8n-workflow';

import { ALL_TIME } from './codes';
import { idOf } from './wire';

/*
 * The records as the editor's searchable lists show them: a label a person recognises, which is also what
 * a search text is matched against where the service has no search of its own.
 */

function named(record: IDataObject): string {
	return String(record.name ?? `#${idOf(record)}`);
}

/** Clients are searched by the service, by name. */
export function clientSearchQuery(filter: string | undefined): IDataObject {
	return filter ? { name: filter } : {};
}

export function clientLabel(client: IDataObject): string {
	return client.tax_no ? `${named(client)} (${String(client.tax_no)})` : named(client);
}

export function productLabel(product: IDataObject): string {
	return product.code ? `${named(product)} [${String(product.code)}]` : named(product);
}

export function namedLabel(record: IDataObject): string {
	return named(record);
}

export function departmentLabel(department: IDataObject): string {
	return String(department.name ?? department.shortcut ?? `#${idOf(department)}`);
}

/** Newest first, of every period: a search for an invoice must not miss last year's. */
export const INVOICE_SEARCH_QUERY: IDataObject = { period: ALL_TIME, order: 'issue_date.desc' };

/** The given parts of a label, as the lists separate them. */
function joined(...parts: unknown[]): string {
	return parts
		.filter((part) => part !== undefined && part !== null && String(part).trim() !== '')
		.map(String)
		.join(' · ');
}

function amount(value: unknown, currency: unknown): string | undefined {
	return value === undefined || value === null ? undefined : `${String(value)} ${String(currency ?? '')}`.trim();
}

/** `1/12/2024 · Client1 SA · 60.23 UAH`: found by its number or its buyer. */
export function invoiceLabel(invoice: IDataObject): string {
	return joined(invoice.number ?? `#${idOf(invoice)}`, invoice.buyer_name, amount(invoice.price_gross, invoice.currency));
}

/** `Payment 001 · 100.05 UAH · 2024-12-20` */
export function paymentLabel(payment: IDataObject): string {
	return joined(named(payment), amount(payment.price, payment.currency), payment.paid_date);
}

/** `PZ 1/12/2024 · Supplier`: found by its number or the other party's name. */
export function warehouseDocumentLabel(document: IDataObject): string {
	return joined(`${String(document.kind ?? '').toUpperCase()} ${String(document.number ?? `#${idOf(document)}`)}`.trim(), document.client_name);
}
