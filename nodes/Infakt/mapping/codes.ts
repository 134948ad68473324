import type { INodePropertyOptions } from 'n8n-workflow';

import type { DocumentKind, PaymentMethod, VatRate } from '../../core/canonical';
import { UnsupportedValueError } from '../../core/canonical';

/* inFakt's enumerations, API v3 (docs/services/infakt.md): each canonical value and the name inFakt gives it. */

export const SERVICE_NAME = 'inFakt';

/** The `tax_symbol`s a line may carry; `oo` (reverse charge) has no canonical code and is not offered. */
export const VAT_RATES: readonly VatRate[] = ['23', '8', '5', '0', 'zw', 'np'];

export const EXEMPT: VatRate = 'zw';

const PAYMENT_METHODS: Record<PaymentMethod, string> = {
	transfer: 'transfer',
	cash: 'cash',
	card: 'card',
	cashOnDelivery: 'delivery',
	cheque: 'check',
	barter: 'barter',
	compensation: 'compensation',
	other: 'other',
};

export function paymentMethodOf(method: string): string {
	const wire = PAYMENT_METHODS[method as PaymentMethod];
	if (wire === undefined) throw new UnsupportedValueError(SERVICE_NAME, 'paymentMethod', method);
	return wire;
}

/** The invoice families the API lists: VAT and pro forma share one path, the others are read only. */
export const INVOICE_LISTS = {
	all: { path: '/invoices.json', kind: undefined },
	vat: { path: '/invoices.json', kind: 'vat' },
	proforma: { path: '/invoices.json', kind: 'proforma' },
	corrective: { path: '/corrective_invoices.json', kind: undefined },
	margin: { path: '/margin_invoices.json', kind: undefined },
	advance: { path: '/advance_invoices.json', kind: undefined },
	final: { path: '/final_invoices.json', kind: undefined },
} as const;

export type InvoiceList = keyof typeof INVOICE_LISTS;

export const INVOICE_LIST_OPTIONS: INodePropertyOptions[] = [
	{ name: 'VAT and Pro Forma', value: 'all' },
	{ name: 'VAT', value: 'vat' },
	{ name: 'Pro Forma', value: 'proforma' },
	{ name: 'Corrective', value: 'corrective', description: 'Corrective invoices, read only' },
	{ name: 'Margin', value: 'margin', description: 'Margin invoices, read only' },
	{ name: 'Advance', value: 'advance', description: 'Advance invoices, read only' },
	{ name: 'Final', value: 'final', description: 'Final invoices, read only' },
];

/** The kinds this node creates, numbers and lists; each has its own numbering (`N/MM/YYYY`). */
export const CREATED_KIND_OPTIONS: INodePropertyOptions[] = [
	{ name: 'VAT', value: 'vat' },
	{ name: 'Pro Forma', value: 'proforma' },
];

/** Filters and sort of `/invoices.json` only; the read-only families document paging alone. */
export const FILTERABLE_LISTS: InvoiceList[] = ['all', 'vat', 'proforma'];

const CANONICAL_KINDS: Record<string, DocumentKind> = {
	vat: 'vat',
	proforma: 'proforma',
	corrective: 'correction',
	correction: 'correction',
	advance: 'advance',
	final: 'final',
};

export function canonicalKind(wire: unknown): DocumentKind | null {
	return typeof wire === 'string' ? (CANONICAL_KINDS[wire] ?? null) : null;
}

export const SORT_FIELD_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Due Date', value: 'payment_date' },
	{ name: 'Gross Amount', value: 'gross_price' },
	{ name: 'Issue Date', value: 'invoice_date' },
	{ name: 'Number', value: 'number' },
];

export const PDF_DOCUMENT_TYPES: INodePropertyOptions[] = [
	{ name: 'Original', value: 'original' },
	{ name: 'Copy', value: 'copy' },
	{ name: 'Original and Copy', value: 'original_copy' },
	{ name: 'Original Duplicate', value: 'original_duplicate' },
	{ name: 'Copy Duplicate', value: 'copy_duplicate' },
	{ name: 'Duplicate', value: 'duplicate' },
	{ name: 'Regular', value: 'regular', description: 'Without the original or copy mark' },
	{ name: 'Double Regular', value: 'double_regular', description: 'Two unmarked copies' },
];

/** What an e-mail attaches: the PDF types less the two-copy ones. */
export const PRINT_TYPES: INodePropertyOptions[] = PDF_DOCUMENT_TYPES.filter(
	({ value }) => value !== 'original_copy' && value !== 'double_regular',
);

export const LOCALE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Polish', value: 'pl' },
	{ name: 'English', value: 'en' },
	{ name: 'Polish and English', value: 'pe' },
];

export const BUSINESS_ACTIVITY_KINDS: INodePropertyOptions[] = [
	{ name: 'Private Person', value: 'private_person' },
	{ name: 'Self-Employed', value: 'self_employed' },
	{ name: 'Other Business', value: 'other_business' },
];

export const SALE_TYPES: INodePropertyOptions[] = [
	{ name: 'Service', value: 'service' },
	{ name: 'Merchandise', value: 'merchandise' },
];
