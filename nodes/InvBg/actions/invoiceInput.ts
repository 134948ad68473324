import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { DecimalString, InvoiceDiscount, PaymentMethod } from '../../core/canonical';
import { canonicalValue, parseDecimal } from '../../core/canonical';
import { inputError } from '../../core/errors';
import { alphabetical, DATE_DESCRIPTION_SUFFIX, PAYMENT_METHOD_OPTIONS } from '../../core/fields/common';
import { readDate, todayIn } from '../../core/fields/dates';
import type { LineItemField, LineItemLimits } from '../../core/fields/lineItems';
import { lineItemsField, readLineItems } from '../../core/fields/lineItems';
import { partyFields } from '../../core/fields/party';
import { checked, optionalText, readCollection, requireText } from '../../core/params';
import type { BuyerInput, InvoiceInput, LineInput } from '../mapping/invoice';
import type { DocumentType, VatPercent } from '../mapping/values';
import { DOCUMENT_TYPES, INVBG_PAYMENT_METHODS, needsRelatedInvoice, VAT_PERCENTS } from '../mapping/values';

/**
 * The invoice input both APIs share: the same fields, read the same way, so a workflow moves from the XML
 * API to v3 by switching the version.
 */

export const documentTypeField: INodeProperties = {
	displayName: 'Document Type',
	name: 'documentType',
	type: 'options',
	options: [
		{ name: 'Tax Invoice', value: 'dan' },
		{ name: 'Pro Forma Invoice', value: 'prof' },
		{ name: 'Debit Note', value: 'deb' },
		{ name: 'Credit Note', value: 'cred' },
	],
	default: 'dan',
};

const NOTES = { show: { documentType: ['deb', 'cred'] } };

export const relatedInvoiceFields: INodeProperties[] = [
	{
		displayName: 'Related Invoice Number',
		name: 'relatedInvoiceNumber',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 0000000015',
		description: 'The number of the tax invoice the note changes',
		displayOptions: NOTES,
	},
	{
		displayName: 'Related Invoice Date',
		name: 'relatedInvoiceDate',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 2026-01-15',
		description: `The date the related invoice was issued. ${DATE_DESCRIPTION_SUFFIX}.`,
		displayOptions: NOTES,
	},
];

export const buyerNameField: INodeProperties = {
	displayName: 'Buyer Name',
	name: 'buyerName',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. Фирма ООД',
	description: 'The company, or the private person\'s full name',
};

/** The buyer's details; `extra` are the fields only one API keeps. */
export function buyerDetailsField(extra: INodeProperties[] = []): INodeProperties {
	const own: INodeProperties[] = [
		{ displayName: 'Accountable Person', name: 'accountablePerson', type: 'string', default: '', description: 'The company\'s accountable person (МОЛ)' },
		{ displayName: 'Personal ID (EGN)', name: 'personalId', type: 'string', default: '', description: 'A private person\'s 10-digit personal number' },
		{ displayName: 'VAT Number', name: 'vatNumber', type: 'string', default: '', placeholder: 'e.g. BG123456789', description: 'Only for a buyer registered for VAT' },
	];
	return {
		displayName: 'Buyer Details',
		name: 'buyerDetails',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: alphabetical([...own, ...partyFields(['taxId', 'street', 'city', 'country', 'isPerson']), ...extra]),
	};
}

export function readBuyer(ctx: IExecuteFunctions, itemIndex: number): { buyer: BuyerInput; details: IDataObject } {
	const details = readCollection(ctx, 'buyerDetails', itemIndex);
	const buyer: BuyerInput = { name: requireText(ctx, 'buyerName', itemIndex, 'Buyer Name', 300) };
	for (const key of ['taxId', 'vatNumber', 'city', 'street', 'accountablePerson', 'personalId'] as const) {
		const value = optionalText(details[key]);
		if (value !== undefined) buyer[key] = value;
	}
	const country = optionalText(details.country);
	if (country !== undefined) buyer.country = country.toUpperCase();
	if (details.isPerson === true) buyer.isPerson = true;
	return { buyer, details };
}

/** Both APIs keep up to 4 decimal places of a quantity or a price (INFERRED, docs/services/invbg.md). */
export const LINE_LIMITS: LineItemLimits = {
	numbers: {
		quantity: { places: 4, sign: 'positive' },
		unitNetPrice: { places: 4, sign: 'nonNegative' },
		unitGrossPrice: { places: 4, sign: 'nonNegative' },
		discountPercent: { places: 2, sign: 'nonNegative' },
		discountAmount: { places: 2, sign: 'nonNegative' },
	},
	vatRates: [],
	maxLengths: { name: 300, unit: 50, description: 2000 },
};

/** The Line Items with a unit that starts as `бр.` (pieces), since both APIs want one on every line. */
export function invoiceLinesField(supported: LineItemField[], extra: INodeProperties[] = []): INodeProperties {
	const field = lineItemsField({}, supported);
	const [line] = field.options as Array<{ displayName: string; name: string; values: INodeProperties[] }>;
	const values = [...line.values, ...extra].map((value) => (value.name === 'unit' ? { ...value, default: 'бр.', placeholder: 'e.g. бр.' } : value));
	return { ...field, options: [{ ...line, values }] };
}

/** The lines and whether their prices include VAT: every line gives a net price, or every line a gross one. */
export function readLines(ctx: IExecuteFunctions, itemIndex: number): { lines: LineInput[]; pricesWithVat: boolean } {
	const items = readLineItems(ctx, itemIndex, { required: true, limits: LINE_LIMITS });
	const withVat = items.map((item, index) => {
		if (item.unitNetPrice !== undefined && item.unitGrossPrice !== undefined) {
			throw inputError(ctx.getNode(), `Line item ${index + 1}: give a Unit Net Price or a Unit Gross Price, not both`, itemIndex);
		}
		if (item.unitNetPrice === undefined && item.unitGrossPrice === undefined) {
			throw inputError(ctx.getNode(), `Line item ${index + 1}: a Unit Net Price or a Unit Gross Price is required`, itemIndex);
		}
		return item.unitGrossPrice !== undefined;
	});
	if (withVat.some((gross) => gross !== withVat[0])) {
		throw inputError(
			ctx.getNode(),
			'Line items mix net and gross prices',
			itemIndex,
			'inv.bg takes the prices of one document either all with VAT or all without: give every line a Unit Net Price, or every line a Unit Gross Price.',
		);
	}
	const lines = items.map((item, index) => {
		if (item.unit === undefined) throw inputError(ctx.getNode(), `Line item ${index + 1}: Unit is required`, itemIndex, 'Enter the unit, e.g. бр.');
		return { name: item.name, quantity: item.quantity ?? '1', unit: item.unit, unitPrice: (item.unitNetPrice ?? item.unitGrossPrice) as string };
	});
	return { lines, pricesWithVat: withVat[0] };
}

/** The VAT rate; `percents` are those the API can put on a document. */
export function vatPercentField(percents: readonly VatPercent[], description: string): INodeProperties {
	return {
		displayName: 'VAT Rate',
		name: 'vatPercent',
		type: 'options',
		options: percents.map((percent) => ({ name: `${percent} %`, value: percent })),
		default: '20',
		description,
	};
}

export const currencyField: INodeProperties = {
	displayName: 'Currency',
	name: 'currency',
	type: 'string',
	default: 'EUR',
	required: true,
	placeholder: 'e.g. EUR',
	description: 'The three-letter code of the document\'s currency; Bulgaria has used the euro since 1 January 2026',
};

export const paymentMethodField: INodeProperties = {
	displayName: 'Payment Method',
	name: 'paymentMethod',
	type: 'options',
	options: PAYMENT_METHOD_OPTIONS.filter((option) => INVBG_PAYMENT_METHODS.includes(option.value as PaymentMethod)),
	default: 'transfer',
};

export function readCurrency(ctx: IExecuteFunctions, itemIndex: number): string {
	const currency = requireText(ctx, 'currency', itemIndex, 'Currency').toUpperCase();
	if (!/^[A-Z]{3}$/.test(currency)) {
		throw inputError(ctx.getNode(), `Currency must be a three-letter code, got "${currency}"`, itemIndex, 'Enter the ISO code, e.g. EUR or BGN.');
	}
	return currency;
}

/** An invoice's or a payment's rate to the euro, as `readCurrencyRate` reads it. */
export const currencyRateField: INodeProperties = {
	displayName: 'Currency Rate',
	name: 'currencyRate',
	type: 'string',
	default: '',
	placeholder: 'e.g. 0.51129',
	description: 'How many euros one unit of the currency is worth; required for any currency but EUR',
};

/** The rate to the euro: 1 for the euro itself, and required for any other currency. */
export function readCurrencyRate(ctx: IExecuteFunctions, itemIndex: number, currency: string, value: unknown): DecimalString {
	if (currency === 'EUR') return '1';
	const rate = optionalText(value);
	if (rate === undefined) {
		throw inputError(ctx.getNode(), `Currency Rate is required for ${currency}`, itemIndex, 'Add the Currency Rate to the euro under Additional Fields.');
	}
	return checked(ctx, itemIndex, () => parseDecimal(rate, 'Currency Rate', { places: 6, sign: 'positive' }));
}

export function readPaymentMethod(ctx: IExecuteFunctions, itemIndex: number, name = 'paymentMethod'): PaymentMethod {
	const value = requireText(ctx, name, itemIndex, 'Payment Method');
	return checked(ctx, itemIndex, () => canonicalValue(INVBG_PAYMENT_METHODS, value, 'Payment Method'));
}

export const discountFields: INodeProperties[] = [
	{
		displayName: 'Discount Type',
		name: 'discountType',
		type: 'options',
		options: [
			{ name: 'Amount', value: 'amount' },
			{ name: 'Percent', value: 'percent' },
		],
		default: 'percent',
		description: 'Whether the document\'s discount is an amount of money or a percentage',
	},
	{ displayName: 'Discount Value', name: 'discountValue', type: 'string', default: '', placeholder: 'e.g. 10', description: 'The discount on the whole document, as a decimal' },
];

/** Fields of the Additional Fields both APIs have. */
export const commonInvoiceOptions: INodeProperties[] = [
	...discountFields,
	{ displayName: 'Event Date', name: 'eventDate', type: 'string', default: '', placeholder: 'e.g. 2026-01-15', description: `The date of the tax event; the issue date when empty. ${DATE_DESCRIPTION_SUFFIX}.` },
	{ displayName: 'Issue Date', name: 'issueDate', type: 'string', default: '', placeholder: 'e.g. 2026-01-15', description: `Today in the workflow's time zone when empty. ${DATE_DESCRIPTION_SUFFIX}.` },
	{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 2 }, default: '', description: 'Printed on the document' },
	{ displayName: 'Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. 15', description: 'The document number; inv.bg\'s next free one when empty' },
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Unpaid', value: 'unpaid' },
			{ name: 'Paid', value: 'paid' },
		],
		default: 'unpaid',
	},
];

/** Both APIs number documents with up to 10 digits (shown zero-padded); `hint` says what to enter instead. */
export function readDocumentNumber(ctx: IExecuteFunctions, itemIndex: number, value: unknown, hint: string): string | undefined {
	const number = optionalText(value);
	if (number !== undefined && !/^\d{1,10}$/.test(number)) {
		throw inputError(ctx.getNode(), `Number must be up to 10 digits, got "${number}"`, itemIndex, hint);
	}
	return number;
}

function readDiscount(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): InvoiceDiscount | undefined {
	const value = optionalText(values.discountValue);
	if (value === undefined) return undefined;
	const kind = values.discountType === 'amount' ? 'amount' : 'percent';
	return { kind, value: checked(ctx, itemIndex, () => parseDecimal(value, 'Discount Value', { places: 2, sign: 'nonNegative' })) };
}

/**
 * Everything of the document both APIs take but whom it is to (each API reads its own buyer), checked before
 * anything is sent: a note's related invoice, the reason for 0 % VAT, the currency, and every date and amount.
 */
export function readInvoiceInput(ctx: IExecuteFunctions, itemIndex: number, options: IDataObject): Omit<InvoiceInput, 'buyer'> {
	const type = checked(ctx, itemIndex, () => canonicalValue(DOCUMENT_TYPES, String(ctx.getNodeParameter('documentType', itemIndex, 'dan')), 'Document Type')) as DocumentType;
	const vatPercent = String(ctx.getNodeParameter('vatPercent', itemIndex, '20')) as VatPercent;
	if (!VAT_PERCENTS.includes(vatPercent)) throw inputError(ctx.getNode(), `VAT Rate must be 20, 9 or 0, got "${vatPercent}"`, itemIndex);
	const withoutVatReason = optionalText(ctx.getNodeParameter('withoutVatReason', itemIndex, ''));
	if (vatPercent === '0' && withoutVatReason === undefined) {
		throw inputError(ctx.getNode(), 'Without-VAT Reason is required when the VAT rate is 0 %', itemIndex, 'Give the legal ground for charging no VAT, e.g. чл. 113, ал. 9 от ЗДДС.');
	}
	const { lines, pricesWithVat } = readLines(ctx, itemIndex);
	const input: Omit<InvoiceInput, 'buyer'> = {
		type,
		items: lines,
		pricesWithVat,
		vatPercent,
		withoutVatReason: vatPercent === '0' ? withoutVatReason : undefined,
		currency: readCurrency(ctx, itemIndex),
		paymentMethod: readPaymentMethod(ctx, itemIndex),
		issueDate: readDate(ctx, options.issueDate, 'Issue Date', itemIndex) ?? todayIn(ctx),
		eventDate: readDate(ctx, options.eventDate, 'Event Date', itemIndex),
		notes: optionalText(options.notes),
		number: readDocumentNumber(ctx, itemIndex, options.number, 'Leave it empty for inv.bg\'s next number.'),
		status: options.status === 'paid' || options.status === 'unpaid' ? options.status : undefined,
		discount: readDiscount(ctx, itemIndex, options),
	};
	if (needsRelatedInvoice(type)) {
		const number = requireText(ctx, 'relatedInvoiceNumber', itemIndex, 'Related Invoice Number');
		const date = readDate(ctx, requireText(ctx, 'relatedInvoiceDate', itemIndex, 'Related Invoice Date'), 'Related Invoice Date', itemIndex) as string;
		input.relatedInvoice = { number, date };
	}
	return input;
}
