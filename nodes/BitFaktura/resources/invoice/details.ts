import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { paymentMethodToProvider, parseDecimal } from '../../../core/canonical';
import { DATE_DESCRIPTION_SUFFIX, PAYMENT_METHOD_OPTIONS } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { partyFields } from '../../../core/fields/party';
import { inputError } from '../../../core/errors';
import { checked, checkLengths, readCollection } from '../../../core/params';
import { INVOICE_TEXT_LENGTHS, MONEY, PARTY_LENGTHS } from '../../mapping';

export const INVOICE_KINDS = [
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

export const INVOICE_STATUSES = [
	{ name: 'Issued', value: 'issued' },
	{ name: 'Sent', value: 'sent' },
	{ name: 'Paid', value: 'paid' },
	{ name: 'Partially Paid', value: 'partial' },
	{ name: 'Rejected', value: 'rejected' },
];

export const PRINT_OPTIONS = [
	{ name: 'Original', value: 'original' },
	{ name: 'Copy', value: 'copy' },
	{ name: 'Original and Copy', value: 'original_and_copy' },
	{ name: 'Duplicate', value: 'duplicate' },
];

const DATE_FIELDS: Record<string, [wire: string, label: string]> = {
	issueDate: ['issue_date', 'Issue Date'],
	saleDate: ['sell_date', 'Sale Date'],
	dueDate: ['payment_to', 'Due Date'],
};

/** Detail fields that pass to the wire unchanged. */
const PLAIN_FIELDS: Record<string, string> = {
	kind: 'kind',
	number: 'number',
	currency: 'currency',
	status: 'status',
	orderId: 'oid',
	departmentId: 'department_id',
	warehouseId: 'warehouse_id',
	categoryId: 'category_id',
	notes: 'description',
	internalNote: 'internal_note',
	language: 'lang',
	place: 'place',
	discountKind: 'discount_kind',
	exchangeCurrency: 'exchange_currency',
	exchangeKind: 'exchange_kind',
};

/** The invoice's own fields, shown under Additional Fields on Create and Update Fields on Update. */
export const invoiceDetailFields: INodeProperties[] = [
	{ displayName: 'Category Name or ID', name: 'categoryId', type: 'options', typeOptions: { loadOptionsMethod: 'getCategories' }, default: '', description: 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>' },
	{ displayName: 'Currency', name: 'currency', type: 'string', default: '', placeholder: 'UAH', description: 'Three-letter currency code; the account default when empty' },
	{ displayName: 'Department Name or ID', name: 'departmentId', type: 'options', typeOptions: { loadOptionsMethod: 'getDepartments' }, default: '', description: 'The seller company issuing the invoice; the main department when empty. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
	{
		displayName: 'Discount Kind',
		name: 'discountKind',
		type: 'options',
		options: [
			{ name: 'Percent of Unit Net Price', value: 'percent_unit' },
			{ name: 'Percent of Line Total', value: 'percent_total' },
			{ name: 'Amount', value: 'amount' },
		],
		default: 'percent_unit',
		description: 'How line discounts are computed; set automatically from the line items when empty',
	},
	{ displayName: 'Due Date', name: 'dueDate', type: 'string', default: '', placeholder: '2024-12-22', description: `Payment deadline. ${DATE_DESCRIPTION_SUFFIX}.` },
	{ displayName: 'Exchange Currency', name: 'exchangeCurrency', type: 'string', default: '', description: 'Currency to convert the totals to on the document' },
	{
		displayName: 'Exchange Rate Source',
		name: 'exchangeKind',
		type: 'options',
		options: [
			{ name: 'European Central Bank', value: 'ecb' },
			{ name: 'National Bank of Georgia', value: 'nbg' },
			{ name: 'National Bank of Poland', value: 'nbp' },
			{ name: 'National Bank of Ukraine', value: 'nbu' },
			{ name: 'Own Rate', value: 'own' },
		],
		default: 'nbu',
	},
	{ displayName: 'Internal Note', name: 'internalNote', type: 'string', default: '', description: 'Not printed on the document' },
	{ displayName: 'Is Cost Invoice', name: 'isCost', type: 'boolean', default: false, description: 'Whether this is a purchase (cost) invoice rather than a sales (income) one' },
	{ displayName: 'Issue Date', name: 'issueDate', type: 'string', default: '', placeholder: '2024-12-15', description: `Today when empty. ${DATE_DESCRIPTION_SUFFIX}.` },
	{ displayName: 'Kind', name: 'kind', type: 'options', options: INVOICE_KINDS, default: 'vat' },
	{ displayName: 'Language', name: 'language', type: 'string', default: '', placeholder: 'ua/en', description: 'Language of the printed document, e.g. ua, en, pl, or two for a bilingual one (ua/en)' },
	{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Printed on the document' },
	{ displayName: 'Number', name: 'number', type: 'string', default: '', description: 'The next number of the account’s numbering when empty' },
	{ displayName: 'Order ID', name: 'orderId', type: 'string', default: '', description: 'The order number in your shop or CRM (oid)' },
	{ displayName: 'Paid Amount', name: 'paidAmount', type: 'string', default: '', description: 'Amount already paid, as a decimal' },
	{ displayName: 'Payment Method', name: 'paymentMethod', type: 'options', options: PAYMENT_METHOD_OPTIONS, default: 'transfer' },
	{ displayName: 'Payment Method Text', name: 'paymentMethodText', type: 'string', default: '', description: 'Printed as the payment method when Payment Method is Other' },
	{ displayName: 'Payment Term (Days)', name: 'paymentTermDays', type: 'number', typeOptions: { minValue: 0 }, default: 7, description: 'Days until payment is due; used when Due Date is empty' },
	{ displayName: 'Place of Issue', name: 'place', type: 'string', default: '' },
	{ displayName: 'Refuse Duplicate Order ID', name: 'refuseDuplicateOrderId', type: 'boolean', default: false, description: 'Whether BitFaktura should refuse the invoice when one with the same Order ID exists, so a repeated run cannot issue it twice' },
	{ displayName: 'Sale Date', name: 'saleDate', type: 'string', default: '', placeholder: '2024-12-15', description: `Date of the sale or service. ${DATE_DESCRIPTION_SUFFIX}.` },
	{ displayName: 'Status', name: 'status', type: 'options', options: INVOICE_STATUSES, default: 'issued' },
	{ displayName: 'Warehouse Name or ID', name: 'warehouseId', type: 'options', typeOptions: { loadOptionsMethod: 'getWarehouses' }, default: '', description: 'Warehouse the goods leave from. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.' },
];

/** The buyer or seller card as a collection, with the same field names in every node. */
function partyCollection(name: string, displayName: string, withName = false): INodeProperties {
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

export const buyerDetails = partyCollection('buyer', 'Buyer Details');
export const sellerDetails = partyCollection('seller', 'Seller Details', true);

/** The values of Buyer or Seller Details, each text no longer than BitFaktura keeps. */
export function readPartyCollection(ctx: IExecuteFunctions, itemIndex: number, collection: INodeProperties): IDataObject {
	const values = readCollection(ctx, collection.name, itemIndex);
	checkLengths(ctx, itemIndex, values, PARTY_LENGTHS, collection.options as INodeProperties[], collection.displayName);
	return values;
}

/** The detail values the user set, as BitFaktura invoice fields; malformed dates and amounts are named. */
export function invoiceDetailsOf(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): IDataObject {
	checkLengths(ctx, itemIndex, values, INVOICE_TEXT_LENGTHS, invoiceDetailFields);
	const wire: IDataObject = {};
	for (const [field, key] of Object.entries(PLAIN_FIELDS)) {
		const value = values[field];
		if (value !== undefined && value !== '') wire[key] = value;
	}
	for (const [field, [key, label]] of Object.entries(DATE_FIELDS)) {
		const date = readDate(ctx, values[field], label, itemIndex);
		if (date !== undefined) wire[key] = date;
	}
	if (values.paymentTermDays !== undefined && values.dueDate === undefined) wire.payment_to_kind = values.paymentTermDays;
	if (values.paymentMethod !== undefined) {
		const otherText = String(values.paymentMethodText ?? '').trim();
		if (values.paymentMethod === 'other' && otherText === '') {
			throw inputError(ctx.getNode(), 'Payment Method Text is required when Payment Method is Other', itemIndex);
		}
		wire.payment_type = checked(ctx, itemIndex, () =>
			paymentMethodToProvider('bitfaktura', values.paymentMethod as string, otherText),
		);
	}
	if (values.paidAmount !== undefined && values.paidAmount !== '') {
		wire.paid = checked(ctx, itemIndex, () => parseDecimal(values.paidAmount as string, 'Paid Amount', MONEY));
	}
	if (values.isCost === true) wire.income = 0;
	if (values.refuseDuplicateOrderId === true) {
		if (wire.oid === undefined) {
			throw inputError(ctx.getNode(), 'Order ID is required when Refuse Duplicate Order ID is on', itemIndex);
		}
		wire.oid_unique = 'yes';
	}
	return wire;
}
