import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LineItem } from '../../../core/canonical';
import { inputError } from '../../../core/errors';
import { DATE_DESCRIPTION_SUFFIX, PAYMENT_METHOD_OPTIONS } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import type { LineItemField, LineItemLimits } from '../../../core/fields/lineItems';
import { lineItemsField, readLineItems } from '../../../core/fields/lineItems';
import { checked, optionalId, optionalText } from '../../../core/params';
import { simplified } from '../../../core/output';
import { bankAccountLocator } from '../../locators';
import { CREATED_KIND_OPTIONS, EXEMPT, SALE_TYPES, VAT_RATES } from '../../mapping/codes';
import type { InvoiceFields } from '../../mapping/invoice';
import { bankFieldsOf, checkLine, serviceOf, simplifyInvoice } from '../../mapping/invoice';
import { infaktRequest } from '../../transport';

/* What several invoice operations share: the kind, the line items, the invoice's own fields and the output. */

export const kindField: INodeProperties = {
	displayName: 'Kind',
	name: 'kind',
	type: 'options',
	options: CREATED_KIND_OPTIONS,
	default: 'vat',
	description: 'Each kind has its own numbering',
};

const LINE_FIELDS: LineItemField[] = ['quantity', 'unit', 'unitNetPrice', 'unitGrossPrice', 'vatRate', 'discountPercent', 'classification'];

/** What an inFakt line keeps (INFERRED: quantities to four places, as the web app shows them). */
const LINE_LIMITS: LineItemLimits = {
	numbers: {
		quantity: { places: 4, sign: 'positive' },
		unitNetPrice: { places: 2, sign: 'nonNegative' },
		unitGrossPrice: { places: 2, sign: 'nonNegative' },
		discountPercent: { places: 2, sign: 'nonNegative' },
	},
	vatRates: VAT_RATES,
	maxLengths: {},
};

/** The VAT Rate of a line as a dropdown of the account's rates; an expression may still give `23` or `zw`. */
const VAT_RATE_DROPDOWN: Partial<INodeProperties> = {
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getVatRates' },
	default: '23',
	description:
		'The rate\'s code (23, 8, 5, 0, zw, np) is its ID; zw (exempt) needs a VAT Exemption Reason. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** The Line Items collection, with the VAT rate picked from the account's rates. */
export function lineItems(description?: string): INodeProperties {
	const field = lineItemsField({}, LINE_FIELDS, description === undefined ? {} : { description });
	const [line] = field.options as Array<{ displayName: string; name: string; values: INodeProperties[] }>;
	const values = line.values.map((value) => (value.name === 'vatRate' ? ({ ...value, ...VAT_RATE_DROPDOWN } as INodeProperties) : value));
	return { ...field, options: [{ ...line, values }] };
}

export interface ReadLines {
	services: IDataObject[];
	items: LineItem[];
}

/** The lines as inFakt's `services`, each checked for a rate and one price before sending. */
export function readServices(ctx: IExecuteFunctions, itemIndex: number, required: boolean): ReadLines {
	const items = readLineItems(ctx, itemIndex, { required, limits: LINE_LIMITS });
	const services = items.map((item, index) =>
		checked(ctx, itemIndex, () => {
			checkLine(item, index + 1);
			return serviceOf(item, index + 1);
		}),
	);
	return { services, items };
}

/** An exempt line has to say why; inFakt would refuse it only after the task was queued. */
export function requireExemptionReason(ctx: IExecuteFunctions, itemIndex: number, items: LineItem[], reason: string | undefined): void {
	const exempt = items.findIndex((item) => item.vatRate === EXEMPT);
	if (exempt === -1 || reason !== undefined) return;
	throw inputError(
		ctx.getNode(),
		`Line item ${exempt + 1} is exempt from VAT (zw), so a VAT Exemption Reason is required`,
		itemIndex,
		'Pick the legal ground of the exemption under "VAT Exemption Reason".',
	);
}

const dateField = (name: string, displayName: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. 2026-01-15',
	description: `${description}. ${DATE_DESCRIPTION_SUFFIX}.`,
});

/** The invoice's own fields, under Additional Fields on Create and Update Fields on Update. */
export const invoiceDetailFields: INodeProperties[] = [
	bankAccountLocator,
	{ displayName: 'Currency', name: 'currency', type: 'string', default: 'PLN', placeholder: 'e.g. EUR', description: 'Three-letter currency code' },
	dateField('dueDate', 'Due Date', 'The payment deadline'),
	dateField('issueDate', 'Issue Date', 'Today when empty'),
	{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '', description: 'Printed on the invoice' },
	{
		displayName: 'Number',
		name: 'number',
		type: 'string',
		default: '',
		placeholder: 'e.g. 5/01/2026',
		description: 'The next number of the kind\'s numbering when empty. Given on Create, a re-run returns the invoice already issued with it.',
	},
	{ displayName: 'Payment Method', name: 'paymentMethod', type: 'options', options: PAYMENT_METHOD_OPTIONS, default: 'transfer' },
	dateField('saleDate', 'Sale Date', 'Date of the sale or service'),
	{ displayName: 'Sale Type', name: 'saleType', type: 'options', options: SALE_TYPES, default: 'service', description: 'For a foreign buyer: a service or goods' },
	{ displayName: 'Split Payment', name: 'splitPayment', type: 'boolean', default: false, description: 'Whether the invoice is marked for the split payment mechanism (MPP)' },
	{
		displayName: 'VAT Exemption Reason Name or ID',
		name: 'vatExemptionReason',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getVatExemptions' },
		default: '',
		description:
			'The legal ground of exemption, required when a line is zw. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
];

/** The detail values set in the collection `collection`, with dates and the bank account read and checked. */
export async function readInvoiceFields(ctx: IExecuteFunctions, itemIndex: number, collection: string, values: IDataObject): Promise<{ fields: InvoiceFields; bank: IDataObject }> {
	const fields: InvoiceFields = {
		number: optionalText(values.number),
		issueDate: readDate(ctx, values.issueDate, 'Issue Date', itemIndex),
		saleDate: readDate(ctx, values.saleDate, 'Sale Date', itemIndex),
		dueDate: readDate(ctx, values.dueDate, 'Due Date', itemIndex),
		currency: optionalText(values.currency),
		paymentMethod: optionalText(values.paymentMethod),
		notes: optionalText(values.notes),
		splitPayment: typeof values.splitPayment === 'boolean' ? values.splitPayment : undefined,
		saleType: optionalText(values.saleType),
		vatExemptionReason: optionalText(values.vatExemptionReason),
	};
	if (fields.currency !== undefined && !/^[A-Za-z]{3}$/.test(fields.currency)) {
		throw inputError(ctx.getNode(), `Currency must be a three-letter code such as PLN or EUR (got "${fields.currency}")`, itemIndex);
	}
	const bankAccountId = 'bankAccount' in values ? optionalId(ctx, `${collection}.bankAccount`, itemIndex, 'Bank Account') : undefined;
	const bank = bankAccountId === undefined ? {} : bankFieldsOf(await infaktRequest(ctx, 'GET', `/bank_accounts/${bankAccountId}.json`, { itemIndex }));
	return { fields, bank };
}

/** The invoice as the user asked: the canonical shape (Simplify) or inFakt's full record. */
export function outputInvoice(ctx: IExecuteFunctions, itemIndex: number, invoice: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, invoice, simplifyInvoice);
}

export async function fetchInvoice(ctx: IExecuteFunctions, itemIndex: number, uuid: string): Promise<IDataObject> {
	return await infaktRequest(ctx, 'GET', `/invoices/${uuid}.json`, { itemIndex });
}

export const waitField = (displayName: string, description: string): INodeProperties => ({
	displayName,
	name: 'waitSeconds',
	type: 'number',
	typeOptions: { minValue: 0 },
	default: 60,
	description,
});
