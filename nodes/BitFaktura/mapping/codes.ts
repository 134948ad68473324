import type { INodePropertyOptions } from 'n8n-workflow';

import type { DocumentKind, PaymentMethod, VatRate } from '../../core/canonical';
import { InvalidValueError, normalizeVatRate, PAYMENT_METHODS } from '../../core/canonical';
import { canonicalValue } from '../../core/canonical/values';

/*
 * BitFaktura's codes: the canonical values as it writes them, and its own enumerations as the node
 * offers them (docs/services/bitfaktura.md, "Enumerations").
 */

/**
 * `tax` takes any number besides `zw` (exempt) and `np` (not subject), so the rates are the ones the
 * engine's accounts charge: Ukraine's 20, 7 and 0 and Poland's 23, 8, 5 and 0. A figure outside them is
 * a typo (99 for 9.9), not a rate. 14 is Ukraine's rate for some agricultural goods, from its Tax Code,
 * not from the service's docs (inferred). The Polish docs add `disabled`, for margin-scheme lines that
 * need purchase prices this node does not send, so it is not offered.
 */
export const VAT_RATES: readonly VatRate[] = ['23', '20', '14', '8', '7', '5', '0', 'zw', 'np'];

const EXEMPT = 'zw';
const NOT_SUBJECT = 'np';

/** Old records spell "not subject to VAT" in other ways too (Fakturownia README). */
const NOT_SUBJECT_SPELLINGS = new Set(['np', 'n/a', 'na', 'nie podlega', 'not applicable']);

/** A canonical VAT code as `tax`: a number for rates, `zw`/`np` as text. */
export function taxOf(vatRate: VatRate): number | 'zw' | 'np' {
	const canonical = normalizeVatRate(vatRate);
	return canonical === EXEMPT || canonical === NOT_SUBJECT ? canonical : Number(canonical);
}

/**
 * `tax` as read back (`"23"`, `23`, `"23.0"`, `"zw"`, `"nie podlega"`) as a canonical code; missing →
 * `null`. A rate with a fraction has no canonical code and stays as written.
 */
export function vatRateOf(tax: unknown): VatRate | null {
	if (tax === undefined || tax === null || String(tax).trim() === '') return null;
	const text = String(tax).trim().toLowerCase();
	if (text === EXEMPT) return EXEMPT;
	if (NOT_SUBJECT_SPELLINGS.has(text)) return NOT_SUBJECT;
	const whole = /^(\d{1,3})(?:\.0+)?$/.exec(text);
	return whole !== null && Number(whole[1]) <= 100 ? normalizeVatRate(whole[1]) : text;
}

/** `payment_type` for each canonical method; "other" prints the user's own words. */
const PAYMENT_TYPES: Readonly<Record<Exclude<PaymentMethod, 'other'>, string>> = {
	transfer: 'transfer',
	cash: 'cash',
	card: 'card',
	cashOnDelivery: 'cash_on_delivery',
	cheque: 'cheque',
	barter: 'barter',
	compensation: 'compensation',
};

/** The `payment_type` of a canonical method; `otherText` is what an "other" method prints. */
export function paymentTypeOf(method: string, otherText?: string): string {
	const canonical = canonicalValue(PAYMENT_METHODS, method, 'Payment Method');
	if (canonical !== 'other') return PAYMENT_TYPES[canonical];
	const text = otherText?.trim() ?? '';
	if (text === '') throw new InvalidValueError('Payment Method Text', text, 'a description in your own words');
	return text;
}

/** The document kinds that have a canonical name; the others (receipts, estimates…) read as `null`. */
const DOCUMENT_KINDS: Readonly<Record<string, DocumentKind>> = {
	vat: 'vat',
	proforma: 'proforma',
	correction: 'correction',
	bill: 'bill',
	advance: 'advance',
	final: 'final',
	vat_rr: 'vatRr',
};

export function documentKindOf(kind: unknown): DocumentKind | null {
	return typeof kind === 'string' ? (DOCUMENT_KINDS[kind.trim().toLowerCase()] ?? null) : null;
}

/** The kind BitFaktura issues when none is sent. */
export const DEFAULT_INVOICE_KIND = 'vat';

export const INVOICE_KINDS: INodePropertyOptions[] = [
	{ name: 'VAT Invoice', value: 'vat' },
	{ name: 'Pro Forma', value: 'proforma' },
	{ name: 'Bill (No VAT)', value: 'bill' },
	{ name: 'Receipt', value: 'receipt' },
	{ name: 'Advance Invoice', value: 'advance' },
	{ name: 'Final Invoice', value: 'final' },
	{ name: 'Correction', value: 'correction' },
	{ name: 'Estimate (Order)', value: 'estimate' },
	{ name: 'Client Order', value: 'client_order' },
	{ name: 'Margin VAT Invoice', value: 'vat_margin' },
	{ name: 'Other Document', value: 'invoice_other' },
	{ name: 'Cash Receipt (KP)', value: 'kp' },
	{ name: 'Cash Payment (KW)', value: 'kw' },
	{ name: 'Accounting Note', value: 'accounting_note' },
	{ name: 'Export of Goods', value: 'export_products' },
];

/** The kind that allows negative quantities: a correction states the change. */
export const CORRECTION_KIND = 'correction';

export const INVOICE_STATUSES: INodePropertyOptions[] = [
	{ name: 'Issued', value: 'issued' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Paid', value: 'paid' },
	{ name: 'Partially Paid', value: 'partial' },
	{ name: 'Rejected', value: 'rejected' },
];

export const PRINT_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Original', value: 'original' },
	{ name: 'Copy', value: 'copy' },
	{ name: 'Original and Copy', value: 'original_and_copy' },
	{ name: 'Duplicate', value: 'duplicate' },
];

export const DISCOUNT_KINDS: INodePropertyOptions[] = [
	{ name: 'Percent of Unit Net Price', value: 'percent_unit' },
	{ name: 'Percent of Line Total', value: 'percent_total' },
	{ name: 'Amount', value: 'amount' },
];

/** How the lines' discounts are computed when the user set none: from the kind of discount they carry. */
export const PERCENT_DISCOUNT = 'percent_unit';
export const AMOUNT_DISCOUNT = 'amount';

export const EXCHANGE_RATE_SOURCES: INodePropertyOptions[] = [
	{ name: 'European Central Bank', value: 'ecb' },
	{ name: 'National Bank of Georgia', value: 'nbg' },
	{ name: 'National Bank of Poland', value: 'nbp' },
	{ name: 'National Bank of Ukraine', value: 'nbu' },
	{ name: 'Own Rate', value: 'own' },
];

/** `period` of the invoice list; the service lists the last 12 months when none is sent. */
export const PERIODS: INodePropertyOptions[] = [
	{ name: 'All Time', value: 'all' },
	{ name: 'Custom Range', value: 'more' },
	{ name: 'Last 12 Months', value: 'last_12_months' },
	{ name: 'Last 30 Days', value: 'last_30_days' },
	{ name: 'Last Month', value: 'last_month' },
	{ name: 'Last Year', value: 'last_year' },
	{ name: 'This Month', value: 'this_month' },
	{ name: 'This Year', value: 'this_year' },
];

export const DEFAULT_PERIOD = 'last_12_months';

/** The period whose range is given by a start and an end date. */
export const CUSTOM_PERIOD = 'more';

/** Every period, for a search that must not miss an old invoice. */
export const ALL_TIME = 'all';

/** `search_date_type`: the date a period applies to. */
export const DATE_TYPES: INodePropertyOptions[] = [
	{ name: 'Issue Date', value: 'issue_date' },
	{ name: 'Paid Date', value: 'paid_date' },
	{ name: 'Transaction Date', value: 'transaction_date' },
];

/** `order` of the invoice list, named as the node names the same values elsewhere. */
export const SORT_FIELDS: INodePropertyOptions[] = [
	{ name: 'Buyer Name', value: 'buyer_name' },
	{ name: 'Due Date', value: 'payment_to' },
	{ name: 'Issue Date', value: 'issue_date' },
	{ name: 'Last Updated', value: 'updated_at' },
	{ name: 'Number', value: 'number' },
	{ name: 'Order ID', value: 'oid' },
	{ name: 'Paid Date', value: 'paid_date' },
	{ name: 'Total Gross', value: 'price_gross' },
	{ name: 'Total Net', value: 'price_net' },
];

/** `income`: sales, or costs (purchase invoices) with `no`. */
export const INCOME_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Sales (Income)', value: 'yes' },
	{ name: 'Purchases (Costs)', value: 'no' },
];

export const WAREHOUSE_DOCUMENT_KINDS: INodePropertyOptions[] = [
	{ name: 'Goods Received (PZ)', value: 'pz' },
	{ name: 'Goods Issued (WZ)', value: 'wz' },
	{ name: 'Transfer Between Warehouses (MM)', value: 'mm' },
];

/** The kind whose lines move goods to another warehouse. */
export const TRANSFER_KIND = 'mm';
