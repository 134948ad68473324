import type { IDataObject } from 'n8n-workflow';

import type { DecimalString, InvoiceDiscount, IsoDate, PaymentMethod, SimpleInvoice } from '../../core/canonical';
import { buildSimpleInvoice, decimalToNumber } from '../../core/canonical';
import type { DocumentType, VatPercent } from './values';
import { documentKind, flag, V3_PAYMENT_METHODS } from './values';

/** The buyer as both APIs take it, before it gets either one's names. */
export interface BuyerInput {
	name: string;
	isPerson?: boolean;
	/** EIK (BULSTAT), 9 or 13 digits. */
	taxId?: string;
	vatNumber?: string;
	city?: string;
	street?: string;
	/** ISO 3166 alpha-2. */
	country?: string;
	/** The company's accountable person (МОЛ). */
	accountablePerson?: string;
	/** A private person's personal number (ЕГН). */
	personalId?: string;
}

/** A client stored in inv.bg, whose details v3 copies onto the document (docs/services/invbg.md, "Invoices"). */
export interface StoredClient {
	clientId: number;
}

export interface LineInput {
	name: string;
	quantity: DecimalString;
	unit?: string;
	unitPrice: DecimalString;
}

/** One invoice, debit or credit note, or pro forma, as the node reads it for either API. */
export interface InvoiceInput {
	type: DocumentType;
	/** Absent: inv.bg's next number. */
	number?: string;
	relatedInvoice?: { number: string; date: IsoDate };
	status?: 'paid' | 'unpaid';
	/** Only v3 issues to a stored client; the XML API always takes the buyer's details. */
	buyer: BuyerInput | StoredClient;
	items: LineInput[];
	/** Whether the unit prices include VAT. */
	pricesWithVat: boolean;
	vatPercent: VatPercent;
	withoutVatReason?: string;
	currency: string;
	currencyRate?: DecimalString;
	paymentMethod: PaymentMethod;
	issueDate: IsoDate;
	eventDate?: IsoDate;
	dueDate?: IsoDate;
	notes?: string;
	orderNumber?: string;
	discount?: InvoiceDiscount;
}

/** Extras only v3 has. */
export interface V3InvoiceExtras {
	isDraft?: boolean;
	bankAccountIds?: number[];
}

const number = (value: DecimalString, label: string): number => decimalToNumber(value, label);

function present(values: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/** The buyer under v3's recipient names (`to_*`). */
export function v3Recipient(buyer: BuyerInput): IDataObject {
	return present({
		to_name: buyer.name,
		to_town: buyer.city,
		to_address: buyer.street,
		to_country: buyer.country,
		to_mol: buyer.accountablePerson,
		to_bulstat: buyer.taxId,
		to_is_reg_vat: buyer.vatNumber !== undefined,
		to_vat_number: buyer.vatNumber,
		is_to_person: buyer.isPerson === true,
		to_egn: buyer.personalId,
	});
}

export function v3Discount(discount: InvoiceDiscount | undefined): IDataObject | undefined {
	if (discount === undefined) return undefined;
	return { type: discount.kind === 'percent' ? 'percent' : 'currency', value: number(discount.value, 'Discount Value') };
}

/** POST /invoices: decimals as JSON numbers, exactly as typed. */
export function v3InvoiceBody(input: InvoiceInput, extras: V3InvoiceExtras = {}): IDataObject {
	return present({
		type: input.type,
		number: input.number,
		status: input.status,
		is_draft: extras.isDraft === undefined ? undefined : flag(extras.isDraft),
		...('clientId' in input.buyer ? { client_id: input.buyer.clientId } : v3Recipient(input.buyer)),
		date_create: input.issueDate,
		date_event: input.eventDate ?? input.issueDate,
		date_mature: input.dueDate,
		payment_method: V3_PAYMENT_METHODS[input.paymentMethod],
		payment_currency: input.currency,
		currency_rate: input.currencyRate === undefined ? undefined : number(input.currencyRate, 'Currency Rate'),
		vat: { percent: Number(input.vatPercent), reason_without: input.withoutVatReason ?? null },
		items_with_vat: flag(input.pricesWithVat),
		items: input.items.map((item, index) =>
			present({
				name: item.name,
				quantity: number(item.quantity, `Line item ${index + 1}: Quantity`),
				quantity_unit: item.unit,
				price: number(item.unitPrice, `Line item ${index + 1}: Unit Price`),
			}),
		),
		related_invoice: input.relatedInvoice,
		reduction: v3Discount(input.discount),
		bank_accounts: extras.bankAccountIds,
		notes: input.notes,
		po_number: input.orderNumber,
	});
}

function record(value: unknown): IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as IDataObject) : {};
}

function stringOrNumber(value: unknown): string | number | null {
	return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function filledText(value: unknown): string | undefined {
	const given = stringOrNumber(value)?.toString().trim();
	return given === '' ? undefined : given;
}

/**
 * The buyer's tax identifier: the Bulgarian EIK, or for a foreign company, which has none, its EU VAT number,
 * the identifier its own country taxes it by.
 */
function buyerTaxIdOf(invoice: IDataObject): string | undefined {
	return filledText(invoice.to_bulstat) ?? filledText(invoice.to_vat_number);
}

/**
 * A v3 invoice in the package's shared shape. A line's price is a net price only when the prices exclude
 * VAT; an annulled document's status says so, whatever its payment.
 */
export function simplifyV3Invoice(invoice: IDataObject): SimpleInvoice {
	const withVat = Number(invoice.items_with_vat) === 1;
	const vat = record(invoice.vat);
	const items = Array.isArray(invoice.items) ? (invoice.items as IDataObject[]) : [];
	return buildSimpleInvoice('inv.bg', {
		id: stringOrNumber(invoice.id),
		number: stringOrNumber(invoice.number)?.toString(),
		kind: documentKind(invoice.type),
		status: Number(invoice.is_annulled) === 1 ? 'annulled' : (stringOrNumber(invoice.status)?.toString() ?? null),
		issueDate: stringOrNumber(invoice.date_create)?.toString(),
		saleDate: stringOrNumber(invoice.date_event)?.toString(),
		dueDate: stringOrNumber(invoice.date_mature)?.toString(),
		currency: stringOrNumber(invoice.payment_currency)?.toString(),
		net: stringOrNumber(invoice.payment_amount_base),
		vat: stringOrNumber(invoice.payment_amount_vat),
		gross: stringOrNumber(invoice.payment_amount_total),
		paid: stringOrNumber(invoice.balance_paid),
		buyer: {
			name: stringOrNumber(invoice.to_name)?.toString(),
			taxId: buyerTaxIdOf(invoice),
			city: stringOrNumber(invoice.to_town)?.toString(),
		},
		items: items.map((item) => ({
			name: stringOrNumber(item.name)?.toString(),
			quantity: stringOrNumber(item.quantity),
			unit: stringOrNumber(item.quantity_unit)?.toString(),
			unitNetPrice: withVat ? null : stringOrNumber(item.price),
			vatRate: stringOrNumber(item.vat_percent ?? vat.percent)?.toString(),
		})),
	});
}

/** What Update may change, by the node's names. */
export interface InvoiceChanges {
	issueDate?: IsoDate;
	eventDate?: IsoDate;
	dueDate?: IsoDate;
	notes?: string;
	orderNumber?: string;
	status?: string;
	paymentMethod?: PaymentMethod;
}

/** PATCH /invoices/{id}: only what is given. */
export function v3InvoicePatch(changes: InvoiceChanges): IDataObject {
	return present({
		date_create: changes.issueDate,
		date_event: changes.eventDate,
		date_mature: changes.dueDate,
		notes: changes.notes,
		po_number: changes.orderNumber,
		status: changes.status,
		payment_method: changes.paymentMethod === undefined ? undefined : V3_PAYMENT_METHODS[changes.paymentMethod],
	});
}

/** The annulment, as third-party code sends it. */
export const ANNUL_PATCH: IDataObject = { is_annulled: 1 };

export interface EmailInput {
	email: string;
	subject?: string;
	message?: string;
	delivery: string;
	language?: string;
}

/** POST /invoices/{id}/emails (names from a third-party integration and MCP pages, INFERRED). */
export function v3EmailBody(input: EmailInput): IDataObject {
	return present({ email: input.email, subject: input.subject, message: input.message, delivery: input.delivery, inv_language: input.language });
}

export interface PaymentInput {
	amount: DecimalString;
	currency: string;
	currencyRate: DecimalString;
	date: IsoDate;
	method: PaymentMethod;
	notes?: string;
}

/** POST /payments: the money received, apart from any document. */
export function v3PaymentBody(payment: PaymentInput): IDataObject {
	return present({
		amount: number(payment.amount, 'Amount'),
		currency: payment.currency,
		currency_rate: number(payment.currencyRate, 'Currency Rate'),
		date: payment.date,
		payment_method: V3_PAYMENT_METHODS[payment.method],
		notes: payment.notes,
	});
}

/** POST /payments/{id}/invoices: the payment set against one invoice. */
export function v3AllocationBody(invoiceId: string, amount: DecimalString): IDataObject {
	return { invoices: [{ id: Number(invoiceId), amount: number(amount, 'Amount') }] };
}
