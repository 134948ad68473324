import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LineItem } from '../../../core/canonical';
import { inputError } from '../../../core/errors';
import { DATE_DESCRIPTION_SUFFIX, PAYMENT_METHOD_OPTIONS } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import type { LineItemField } from '../../../core/fields/lineItems';
import { lineItemsField } from '../../../core/fields/lineItems';
import { partyFields } from '../../../core/fields/party';
import { checked, checkLengths, optionalText, readCollection } from '../../../core/params';
import { simplified } from '../../../core/output';
import { locator, optionalPickedId } from '../../locators';
import {
	AMOUNT_DISCOUNT,
	DISCOUNT_KINDS,
	EXCHANGE_RATE_SOURCES,
	INVOICE_KINDS,
	INVOICE_STATUSES,
	PERCENT_DISCOUNT,
} from '../../mapping/codes';
import type { InvoiceDetails } from '../../mapping/invoice';
import { discountFieldsOf, invoiceDetailsOf, simplifyInvoice } from '../../mapping/invoice';
import { INVOICE_TEXT_LENGTHS, PARTY_LENGTHS } from '../../mapping/limits';
import { bitFakturaRequest } from '../../transport';
import { readDecimal } from '../values';

/* What several invoice operations share: the invoice locator, the detail fields and their readers. */

export const invoiceLocator = locator('invoice', {
	description: 'The invoice itself, not its printed number: pick it, or give its ID or its address in BitFaktura',
});

const LINE_FIELDS: LineItemField[] = [
	'productId',
	'quantity',
	'unit',
	'unitNetPrice',
	'unitGrossPrice',
	'totalGross',
	'vatRate',
	'discountPercent',
	'discountAmount',
	'classification',
	'description',
];

/** A Line Items collection with every field a position has. */
export function lineItems(name: string, displayName: string): INodeProperties {
	return lineItemsField({}, LINE_FIELDS, { name, displayName });
}

/** The invoice's own fields, under Additional Fields on Create and Update Fields on Update. */
export const invoiceDetailFields: INodeProperties[] = [
	locator('category', { required: false }),
	{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'e.g. UAH', description: 'Three-letter currency code; the account default when empty' },
	locator('department', { required: false, description: 'The seller company issuing the invoice; the main department when empty' }),
	{
		displayName: 'Discount Kind',
		name: 'discountKind',
		type: 'options',
		options: DISCOUNT_KINDS,
		default: PERCENT_DISCOUNT,
		description: 'How line discounts are computed; set automatically from the line items when empty',
	},
	{ displayName: 'Due Date', name: 'dueDate', type: 'string', default: '', placeholder: 'e.g. 2024-12-22', description: `Payment deadline. ${DATE_DESCRIPTION_SUFFIX}.` },
	{ displayName: 'Exchange Currency', name: 'exchangeCurrency', type: 'string', default: '', placeholder: 'e.g. EUR', description: 'Currency to convert the totals to on the document' },
	{ displayName: 'Exchange Rate Source', name: 'exchangeKind', type: 'options', options: EXCHANGE_RATE_SOURCES, default: 'nbu' },
	{ displayName: 'Internal Note', name: 'internalNote', type: 'string', default: '', description: 'Not printed on the document' },
	{ displayName: 'Is Cost Invoice', name: 'isCost', type: 'boolean', default: false, description: 'Whether this is a purchase (cost) invoice rather than a sales (income) one' },
	{ displayName: 'Issue Date', name: 'issueDate', type: 'string', default: '', placeholder: 'e.g. 2024-12-15', description: `Today when empty. ${DATE_DESCRIPTION_SUFFIX}.` },
	{ displayName: 'Kind', name: 'kind', type: 'options', options: INVOICE_KINDS, default: 'vat' },
	{ displayName: 'Language', name: 'language', type: 'string', default: '', placeholder: 'e.g. ua/en', description: 'Language of the printed document, e.g. ua, en, pl, or two for a bilingual one (ua/en)' },
	{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Printed on the document' },
	{ displayName: 'Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. 1/12/2024', description: 'The next number of the account’s numbering when empty' },
	{ displayName: 'Order ID', name: 'orderId', type: 'string', default: '', placeholder: 'e.g. crm-deal-1001', description: 'The order number in your shop or CRM; a re-run returns the invoice already issued for it' },
	{ displayName: 'Paid Amount', name: 'paidAmount', type: 'string', default: '', placeholder: 'e.g. 100.00', description: 'Amount already paid, as a decimal' },
	{ displayName: 'Payment Method', name: 'paymentMethod', type: 'options', options: PAYMENT_METHOD_OPTIONS, default: 'transfer' },
	{ displayName: 'Payment Method Text', name: 'paymentMethodText', type: 'string', default: '', placeholder: 'e.g. PayPal', description: 'Printed as the payment method when Payment Method is Other' },
	{ displayName: 'Payment Term (Days)', name: 'paymentTermDays', type: 'number', typeOptions: { minValue: 0 }, default: 7, description: 'Days until payment is due; used when Due Date is empty' },
	{ displayName: 'Place of Issue', name: 'place', type: 'string', default: '', placeholder: 'e.g. Kyiv' },
	{ displayName: 'Refuse Duplicate Order ID', name: 'refuseDuplicateOrderId', type: 'boolean', default: false, description: 'Whether BitFaktura should refuse the invoice when one with the same Order ID exists, so a repeated run cannot issue it twice' },
	{ displayName: 'Sale Date', name: 'saleDate', type: 'string', default: '', placeholder: 'e.g. 2024-12-15', description: `Date of the sale or service. ${DATE_DESCRIPTION_SUFFIX}.` },
	{ displayName: 'Status', name: 'status', type: 'options', options: INVOICE_STATUSES, default: 'issued' },
	locator('warehouse', { required: false, description: 'The warehouse the goods leave from' }),
];

/** The buyer or seller card as a collection, with the same field names in every node. */
function partyCollection(name: string, displayName: string, withName: boolean): INodeProperties {
	const nameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			...(withName ? [nameField] : []),
			...partyFields(['taxId', 'street', 'city', 'postCode', 'country', 'email', 'phone', 'isPerson', 'bankAccount']),
		],
	};
}

export const buyerDetails = partyCollection('buyer', 'Buyer Details', false);
export const sellerDetails = partyCollection('seller', 'Seller Details', true);

/** The values of Buyer or Seller Details, each text no longer than BitFaktura keeps. */
export function readPartyCollection(ctx: IExecuteFunctions, itemIndex: number, collection: INodeProperties): IDataObject {
	const values = readCollection(ctx, collection.name, itemIndex);
	checkLengths(ctx, itemIndex, values, PARTY_LENGTHS, collection.options as INodeProperties[], collection.displayName);
	return values;
}

/**
 * The detail values set in `collection`, as invoice fields; a malformed date or amount, a text longer
 * than BitFaktura keeps and a setting that needs another are named before sending.
 */
export async function readInvoiceDetails(ctx: IExecuteFunctions, itemIndex: number, collection: string, values: IDataObject): Promise<IDataObject> {
	checkLengths(ctx, itemIndex, values, INVOICE_TEXT_LENGTHS, invoiceDetailFields);
	const text = (field: keyof InvoiceDetails) => optionalText(values[field]);
	const picked = async (field: string, label: string) => await optionalPickedId(ctx, `${collection}.${field}`, itemIndex, label);
	const details: InvoiceDetails = {
		kind: text('kind'),
		number: text('number'),
		currency: text('currency'),
		status: text('status'),
		orderId: text('orderId'),
		notes: text('notes'),
		internalNote: text('internalNote'),
		language: text('language'),
		place: text('place'),
		discountKind: text('discountKind'),
		exchangeCurrency: text('exchangeCurrency'),
		exchangeKind: text('exchangeKind'),
		categoryId: 'categoryId' in values ? await picked('categoryId', 'Category') : undefined,
		departmentId: 'departmentId' in values ? await picked('departmentId', 'Department') : undefined,
		warehouseId: 'warehouseId' in values ? await picked('warehouseId', 'Warehouse') : undefined,
		issueDate: readDate(ctx, values.issueDate, 'Issue Date', itemIndex),
		saleDate: readDate(ctx, values.saleDate, 'Sale Date', itemIndex),
		dueDate: readDate(ctx, values.dueDate, 'Due Date', itemIndex),
		paymentTermDays: typeof values.paymentTermDays === 'number' ? values.paymentTermDays : undefined,
		paymentMethod: text('paymentMethod'),
		paymentMethodText: text('paymentMethodText'),
		paidAmount: readDecimal(ctx, itemIndex, values.paidAmount, 'Paid Amount'),
		isCost: values.isCost === true,
		refuseDuplicateOrderId: values.refuseDuplicateOrderId === true,
	};
	if (details.paymentMethod === 'other' && details.paymentMethodText === undefined) {
		throw inputError(ctx.getNode(), 'Payment Method Text is required when Payment Method is Other', itemIndex);
	}
	if (details.refuseDuplicateOrderId === true && details.orderId === undefined) {
		throw inputError(ctx.getNode(), 'Order ID is required when Refuse Duplicate Order ID is on', itemIndex);
	}
	return checked(ctx, itemIndex, () => invoiceDetailsOf(details));
}

/**
 * Line discounts need the invoice to show them and to say how they are computed; a percent and an amount
 * on one invoice cannot both hold, since the kind is per invoice.
 */
export function discountSettings(ctx: IExecuteFunctions, itemIndex: number, items: LineItem[], discountKind: unknown): IDataObject {
	const percent = items.some((item) => item.discountPercent !== undefined);
	const amount = items.some((item) => item.discountAmount !== undefined);
	if (!percent && !amount) return {};
	if (percent && amount) {
		throw inputError(
			ctx.getNode(),
			'Line items mix Discount (%) and Discount Amount',
			itemIndex,
			'BitFaktura computes discounts one way per invoice: use percentages on every line, or amounts on every line.',
		);
	}
	const kind = typeof discountKind === 'string' ? discountKind : percent ? PERCENT_DISCOUNT : AMOUNT_DISCOUNT;
	if ((kind === AMOUNT_DISCOUNT) !== amount) {
		throw inputError(ctx.getNode(), `Discount Kind "${kind}" does not match the discounts of the line items`, itemIndex);
	}
	return discountFieldsOf(kind);
}

/** One invoice by its ID, with its positions, which only this read is sure to carry. */
export async function fetchInvoice(ctx: IExecuteFunctions, itemIndex: number, id: string): Promise<IDataObject> {
	return await bitFakturaRequest<IDataObject>(ctx, 'GET', `/invoices/${id}.json`, { expect: 'object', itemIndex });
}

/** The invoice as the user asked: the canonical shape (Simplify) or the service's full record. */
export function outputInvoice(ctx: IExecuteFunctions, itemIndex: number, invoice: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, invoice, simplifyInvoice);
}
