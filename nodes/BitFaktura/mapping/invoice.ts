import type { IDataObject } from 'n8n-workflow';

import type { LineItem, Party, SimpleInvoice } from '../../core/canonical';
import { buildSimpleInvoice } from '../../core/canonical';
import { ALL_TIME, DEFAULT_INVOICE_KIND, documentKindOf, paymentTypeOf, taxOf, vatRateOf } from './codes';
import { compact, numericId } from './wire';

/*
 * Invoices on the wire (docs/services/bitfaktura.md, "Invoice"): the fields of a write, the list's
 * filters, the document actions and the canonical shape of an answer.
 */

/** A line item as a position; amounts stay decimal strings, which the API accepts. */
export function positionOf(item: LineItem): IDataObject {
	return compact({
		name: item.name === '' ? undefined : item.name,
		product_id: numericId(item.productId),
		quantity: item.quantity,
		quantity_unit: item.unit,
		price_net: item.unitNetPrice,
		price_gross: item.unitGrossPrice,
		total_price_gross: item.totalGross,
		tax: item.vatRate === undefined ? undefined : taxOf(item.vatRate),
		discount_percent: item.discountPercent,
		discount: item.discountAmount,
		code: item.classification,
		description: item.description,
	});
}

/** A line that changes an existing position, found by its ID. */
export function changedPositionOf(positionId: number, item: LineItem): IDataObject {
	return { id: positionId, ...positionOf(item) };
}

/** A position to delete from the invoice. */
export function removedPositionOf(positionId: number): IDataObject {
	return { id: positionId, _destroy: 1 };
}

/** A party under a prefix: `buyer_name`, `seller_tax_no`… on invoices. */
export function partyFieldsOf(prefix: 'buyer' | 'seller', party: Party): IDataObject {
	return compact({
		[`${prefix}_name`]: party.name === '' ? undefined : party.name,
		[`${prefix}_tax_no`]: party.taxId,
		[`${prefix}_street`]: party.street,
		[`${prefix}_city`]: party.city,
		[`${prefix}_post_code`]: party.postCode,
		[`${prefix}_country`]: party.country,
		[`${prefix}_email`]: party.email,
		[`${prefix}_phone`]: party.phone,
		[`${prefix}_bank_account`]: prefix === 'seller' ? party.bankAccount : undefined,
		[`${prefix}_company`]: prefix === 'buyer' && party.isPerson !== undefined ? !party.isPerson : undefined,
	});
}

/** The buyer as a client card of the account. */
export function buyerClientOf(clientId: string): IDataObject {
	return { client_id: Number(clientId) };
}

/** An invoice's own values, as the node reads them: dates as `YYYY-MM-DD`, amounts as decimal strings. */
export interface InvoiceDetails {
	kind?: string;
	number?: string;
	currency?: string;
	status?: string;
	orderId?: string;
	departmentId?: string;
	warehouseId?: string;
	categoryId?: string;
	notes?: string;
	internalNote?: string;
	language?: string;
	place?: string;
	discountKind?: string;
	exchangeCurrency?: string;
	exchangeKind?: string;
	issueDate?: string;
	saleDate?: string;
	dueDate?: string;
	paymentTermDays?: number;
	paymentMethod?: string;
	paymentMethodText?: string;
	paidAmount?: string;
	isCost?: boolean;
	refuseDuplicateOrderId?: boolean;
}

/** The invoice's own fields; a due date wins over a payment term, as on the invoice form. */
export function invoiceDetailsOf(details: InvoiceDetails): IDataObject {
	return compact({
		kind: details.kind,
		number: details.number,
		currency: details.currency,
		status: details.status,
		oid: details.orderId,
		oid_unique: details.refuseDuplicateOrderId === true ? 'yes' : undefined,
		department_id: details.departmentId,
		warehouse_id: details.warehouseId,
		category_id: details.categoryId,
		description: details.notes,
		internal_note: details.internalNote,
		lang: details.language,
		place: details.place,
		discount_kind: details.discountKind,
		exchange_currency: details.exchangeCurrency,
		exchange_kind: details.exchangeKind,
		issue_date: details.issueDate,
		sell_date: details.saleDate,
		payment_to: details.dueDate,
		payment_to_kind: details.dueDate === undefined ? details.paymentTermDays : undefined,
		payment_type: details.paymentMethod === undefined ? undefined : paymentTypeOf(details.paymentMethod, details.paymentMethodText),
		paid: details.paidAmount,
		income: details.isCost === true ? 0 : undefined,
	});
}

/** Line discounts are shown on the invoice and computed one way for all of its lines. */
export function discountFieldsOf(discountKind: string): IDataObject {
	return { show_discount: true, discount_kind: discountKind };
}

/** The order ID a write carries, if any: what makes a re-run find the invoice it issued. */
export function orderIdOf(invoice: IDataObject): string | undefined {
	return typeof invoice.oid === 'string' ? invoice.oid : undefined;
}

export function kindOfWrite(invoice: IDataObject): string {
	return typeof invoice.kind === 'string' ? invoice.kind : DEFAULT_INVOICE_KIND;
}

/**
 * Every invoice of an order: every period, since an order invoiced last year is still invoiced; with its
 * positions, so the invoice found gives the same item as one just issued.
 */
export function orderSearchQuery(orderId: string): IDataObject {
	return { oid: orderId, period: ALL_TIME, include_positions: true };
}

/** Whether a create's answer lacks the positions, as BitFaktura's does: then only a read by ID gives them. */
export function lacksPositions(invoice: IDataObject): boolean {
	return !Array.isArray(invoice.positions);
}

/** Whether a listed invoice is the one of this kind issued for the order; a pro forma shares its order ID. */
export function isInvoiceForOrder(invoice: IDataObject, orderId: string, kind: string): boolean {
	return String(invoice.oid) === orderId && (invoice.kind ?? DEFAULT_INVOICE_KIND) === kind;
}

/** The invoice list's filters, as the node reads them. */
export interface InvoiceListFilters {
	clientId?: string;
	fromInvoiceId?: string;
	invoiceId?: string;
	number?: string;
	orderId?: string;
	dateType?: string;
	period?: string;
	dateFrom?: string;
	dateTo?: string;
	kinds?: string[];
	income?: string;
	includePositions?: boolean;
	order?: string;
	descending?: boolean;
}

export function invoiceListQuery(filters: InvoiceListFilters): IDataObject {
	const kinds = filters.kinds ?? [];
	return compact({
		client_id: filters.clientId,
		from_invoice_id: filters.fromInvoiceId,
		invoice_id: filters.invoiceId,
		number: filters.number,
		oid: filters.orderId,
		search_date_type: filters.dateType,
		period: filters.period,
		date_from: filters.dateFrom,
		date_to: filters.dateTo,
		kind: kinds.length === 1 ? kinds[0] : undefined,
		kinds: kinds.length > 1 ? kinds : undefined,
		income: filters.income === 'no' ? 'no' : undefined,
		include_positions: filters.includePositions === true ? true : undefined,
		order: filters.order === undefined ? undefined : filters.descending === true ? `${filters.order}.desc` : filters.order,
	});
}

/** Not fully paid and not cancelled: the list has no such filter, so the node applies it. */
export function isUnpaid(invoice: IDataObject): boolean {
	return invoice.status !== 'paid' && invoice.cancelled !== true;
}

export function printQuery(printOption: string): IDataObject {
	return { print_option: printOption };
}

export interface EmailOptions {
	to: string[];
	cc: string[];
	attachPdf: boolean;
	updateBuyerEmail: boolean;
	printOption?: string;
}

/** `send_by_email` takes its options in the query string; the buyer's address on the invoice when no To. */
export function emailQuery(options: EmailOptions): IDataObject {
	return compact({
		email_to: options.to.length > 0 ? options.to.join(',') : undefined,
		email_cc: options.cc.length > 0 ? options.cc.join(',') : undefined,
		email_pdf: options.attachPdf ? true : undefined,
		update_buyer_email: options.updateBuyerEmail ? true : undefined,
		print_option: options.printOption,
	});
}

export function statusQuery(status: string): IDataObject {
	return { status };
}

export function cancelBody(invoiceId: string, reason: string | undefined): IDataObject {
	return compact({ cancel_invoice_id: Number(invoiceId), cancel_reason: reason });
}

/** The canonical shape every invoicing node of the package gives with Simplify. */
export function simplifyInvoice(invoice: IDataObject): SimpleInvoice {
	const positions = Array.isArray(invoice.positions) ? (invoice.positions as IDataObject[]) : [];
	return buildSimpleInvoice('bitfaktura', {
		id: invoice.id as number,
		number: invoice.number as string,
		kind: documentKindOf(invoice.kind),
		status: invoice.status as string,
		issueDate: invoice.issue_date as string,
		saleDate: invoice.sell_date as string,
		dueDate: invoice.payment_to as string,
		currency: invoice.currency as string,
		net: invoice.price_net as string,
		vat: invoice.price_tax as string,
		gross: invoice.price_gross as string,
		paid: invoice.paid as string,
		buyer: {
			name: invoice.buyer_name as string,
			taxId: invoice.buyer_tax_no as string,
			city: invoice.buyer_city as string,
		},
		items: positions.map((position) => ({
			name: position.name as string,
			quantity: position.quantity as string,
			unit: position.quantity_unit as string,
			unitNetPrice: position.price_net as string,
			vatRate: vatRateOf(position.tax),
			gross: position.total_price_gross as string,
		})),
	});
}
