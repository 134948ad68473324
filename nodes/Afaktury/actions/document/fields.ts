import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { decimalToNumber, parseDecimal } from '../../../core/canonical';
import { inputError } from '../../../core/errors';
import { readDate } from '../../../core/fields/dates';
import { partyFields } from '../../../core/fields/party';
import { checked, optionalText } from '../../../core/params';
import { wantsSimplified } from '../../../core/output';
import { alphabetical } from '../../../core/fields/common';
import { entryById, resolveId, valueById } from '../../dictionaries';
import type { Dictionary } from '../../mapping/dictionaries';
import type { DictionaryNames, DocumentInput, LineInput, PartyInput } from '../../mapping/document';
import { lineBody, simplifyDocument } from '../../mapping/document';
import { DEFAULT_MODULE, DOCUMENT_TYPE_OPTIONS } from '../../mapping/modules';
import { productLocator } from '../../locators';

export const documentTypeField: INodeProperties = {
	displayName: 'Document Type',
	name: 'documentType',
	type: 'options',
	noDataExpression: true,
	options: DOCUMENT_TYPE_OPTIONS,
	default: DEFAULT_MODULE,
};

export function readModule(ctx: IExecuteFunctions, itemIndex: number): string {
	return ctx.getNodeParameter('documentType', itemIndex, DEFAULT_MODULE) as string;
}

/** A dropdown filled from one of the account's dictionaries; an expression gives the value instead ("23", "PLN"). */
function dictionaryField(
	name: string,
	displayName: string,
	method: string,
	description: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		default: '',
		description: `${description}. Choose from the list, or specify a value using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		...extra,
	};
}

export const currencyField = (extra: Partial<INodeProperties> = {}) =>
	dictionaryField('currency', 'Currency Name or ID', 'getCurrencies', 'The currency, by its code such as PLN', extra);
export const paymentMethodField = (extra: Partial<INodeProperties> = {}) =>
	dictionaryField('paymentMethod', 'Payment Method Name or ID', 'getPaymentMethods', 'The payment method, by the account\'s name for it or a canonical one such as transfer or cash', extra);
export const paymentTermField = (extra: Partial<INodeProperties> = {}) =>
	dictionaryField('paymentTerm', 'Payment Term Name or ID', 'getPaymentTerms', 'The payment term, in days such as 14', extra);
export const sellerDataSetField = (extra: Partial<INodeProperties> = {}) =>
	dictionaryField('sellerDataSet', 'Seller Data Set Name or ID', 'getSellerDataSets', 'The seller profile the document is issued from, by its name or NIP', extra);

/**
 * The buyer's or seller's details; the vendor page's InvoiceData. The fields every node has come from the
 * core, in the same words; Afaktury's own (one address line, a second account, REGON, PESEL) are added.
 */
export function partyDetailsField(name: string, displayName: string, withName: boolean): INodeProperties {
	const own: INodeProperties[] = [
		...(withName ? [{ displayName: 'Name', name: 'name', type: 'string' as const, default: '' }] : []),
		{ displayName: 'Address', name: 'address', type: 'string', default: '', placeholder: 'e.g. ul. Prosta 1, 00-001 Warszawa' },
		{ displayName: 'Bank BIC', name: 'bankBic', type: 'string', default: '' },
		{ displayName: 'Bank Name', name: 'bankName', type: 'string', default: '' },
		{ displayName: 'Is VAT Payer', name: 'isVatPayer', type: 'boolean', default: true, description: 'Whether the party is registered for VAT' },
		{ displayName: 'PESEL', name: 'pesel', type: 'string', default: '', description: 'Personal ID number of a private person' },
		{ displayName: 'REGON', name: 'regon', type: 'string', default: '' },
		{ displayName: 'Second Bank Account', name: 'secondBankAccount', type: 'string', default: '' },
	];
	return {
		displayName,
		name,
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: alphabetical([...own, ...partyFields(['taxId', 'email', 'phone', 'bankAccount'])]),
	};
}

export function readParty(values: IDataObject): PartyInput {
	const party: PartyInput = {};
	for (const key of ['name', 'taxId', 'address', 'email', 'phone', 'bankAccount', 'bankName', 'bankBic', 'secondBankAccount', 'regon', 'pesel'] as const) {
		const value = optionalText(values[key]);
		if (value !== undefined) party[key] = value;
	}
	if (typeof values.isVatPayer === 'boolean') party.isVatPayer = values.isVatPayer;
	return party;
}

export const lineItemsField: INodeProperties = {
	displayName: 'Line Items',
	name: 'lineItems',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true, sortable: true },
	placeholder: 'Add Line Item',
	default: {},
	options: [
		{
			displayName: 'Line Item',
			name: 'item',
			values: [
				{ displayName: 'Name', name: 'name', type: 'string', default: '' },
				{ displayName: 'PKWiU', name: 'classification', type: 'string', default: '', description: 'Statistical classification of the goods or service' },
				productLocator,
				{ displayName: 'Quantity', name: 'quantity', type: 'string', default: '1', description: 'A decimal number such as 1 or 2.5' },
				{ displayName: 'Unit Gross Price', name: 'unitGrossPrice', type: 'string', default: '', placeholder: 'e.g. 123.00', description: 'Price of one unit including VAT' },
				dictionaryField('unit', 'Unit Name or ID', 'getUnits', 'The unit, such as szt.', { default: 'szt.' }),
				{
					displayName: 'Unit Net Price',
					name: 'unitNetPrice',
					type: 'string',
					default: '',
					placeholder: 'e.g. 100.00',
					description: 'Price of one unit before VAT; leave empty to give the gross price instead',
				},
				dictionaryField('vatRate', 'VAT Rate Name or ID', 'getVatRates', 'The VAT rate, such as 23 or zw for exempt', { default: '23' }),
			],
		},
	],
};

/** A decimal the user typed, as the exact number the JSON body carries. */
function amountOf(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): number | undefined {
	const text = optionalText(value);
	return text === undefined ? undefined : checked(ctx, itemIndex, () => decimalToNumber(parseDecimal(text, label), label));
}

function pickedValue(value: unknown): string | undefined {
	if (typeof value === 'object' && value !== null) return optionalText((value as IDataObject).value);
	return optionalText(value);
}

/** The Line Items as Afaktury's products, each rate and unit resolved to the account's own ids. */
export async function readLines(ctx: IExecuteFunctions, itemIndex: number, required: boolean): Promise<IDataObject[] | undefined> {
	const rows = ((ctx.getNodeParameter('lineItems', itemIndex, {}) as { item?: IDataObject[] }).item ?? []);
	if (rows.length === 0) {
		if (!required) return undefined;
		throw inputError(ctx.getNode(), 'At least one line item is required', itemIndex, 'Add a line item with a name, quantity and price.');
	}
	const lines: LineInput[] = [];
	for (const [index, row] of rows.entries()) {
		const where = `Line item ${index + 1}`;
		const name = optionalText(row.name);
		if (name === undefined) throw inputError(ctx.getNode(), `${where}: Name is required`, itemIndex);
		const unitNetPrice = amountOf(ctx, itemIndex, row.unitNetPrice, `${where}: Unit Net Price`);
		const unitGrossPrice = amountOf(ctx, itemIndex, row.unitGrossPrice, `${where}: Unit Gross Price`);
		if (unitNetPrice === undefined && unitGrossPrice === undefined) {
			throw inputError(ctx.getNode(), `${where}: a Unit Net Price or a Unit Gross Price is required`, itemIndex);
		}
		const product = pickedValue(row.product);
		if (product !== undefined && !/^\d+$/.test(product)) {
			throw inputError(ctx.getNode(), `${where}: Product must be a whole number, got "${product}"`, itemIndex);
		}
		lines.push({
			name,
			quantity: amountOf(ctx, itemIndex, row.quantity ?? '1', `${where}: Quantity`) ?? 1,
			unitNetPrice,
			unitGrossPrice: unitNetPrice === undefined ? unitGrossPrice : undefined,
			vatId: await resolveId(ctx, 'vat', optionalText(row.vatRate) ?? '', itemIndex, `${where}: VAT Rate`),
			unitId: await resolveId(ctx, 'unit', optionalText(row.unit) ?? '', itemIndex, `${where}: Unit`),
			productId: product === undefined ? undefined : Number(product),
			classification: optionalText(row.classification),
		});
	}
	return lines.map(lineBody);
}

/** A dictionary value that is given, resolved; one left empty is not sent. */
export async function optionalId(ctx: IExecuteFunctions, itemIndex: number, name: Dictionary, value: unknown, label: string): Promise<number | undefined> {
	const text = optionalText(value);
	return text === undefined ? undefined : await resolveId(ctx, name, text, itemIndex, label);
}

/** The document's own fields from a collection (Additional Fields, Update Fields), dates checked, dictionaries resolved. */
export async function readDocumentFields(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): Promise<DocumentInput> {
	return {
		number: optionalText(values.number),
		issueDate: readDate(ctx, values.issueDate, 'Issue Date', itemIndex),
		saleDate: readDate(ctx, values.saleDate, 'Sale Date', itemIndex),
		endDate: readDate(ctx, values.endDate, 'End Date', itemIndex),
		place: optionalText(values.place),
		orderNumber: optionalText(values.orderNumber),
		language: optionalText(values.language),
		notes: optionalText(values.notes),
		info: optionalText(values.info),
		issuedBy: optionalText(values.issuedBy),
		receivedBy: optionalText(values.receivedBy),
		currencyId: await optionalId(ctx, itemIndex, 'currency', values.currency, 'Currency'),
		paymentMethodId: await optionalId(ctx, itemIndex, 'payKind', values.paymentMethod, 'Payment Method'),
		paymentTermId: await optionalId(ctx, itemIndex, 'payTime', values.paymentTerm, 'Payment Term'),
		dataSetId: await optionalId(ctx, itemIndex, 'data', values.sellerDataSet, 'Seller Data Set'),
	};
}

export const documentFieldOptions: INodeProperties[] = [
	{ displayName: 'End Date', name: 'endDate', type: 'string', default: '', placeholder: 'e.g. 2026-01-31', description: 'As YYYY-MM-DD' },
	{ displayName: 'Info', name: 'info', type: 'string', default: '', description: 'Additional information printed on the document' },
	{ displayName: 'Issue Date', name: 'issueDate', type: 'string', default: '', placeholder: 'e.g. 2026-01-31', description: 'As YYYY-MM-DD; today in the workflow\'s time zone when empty' },
	{ displayName: 'Issued By', name: 'issuedBy', type: 'string', default: '', description: 'The person authorised to issue the document' },
	{ displayName: 'Language', name: 'language', type: 'string', default: 'pl', placeholder: 'e.g. pl', description: 'The document\'s language as a two-letter code' },
	{ displayName: 'Notes', name: 'notes', type: 'string', default: '', description: 'The annotation printed on the document' },
	{ displayName: 'Order Number', name: 'orderNumber', type: 'string', default: '', placeholder: 'e.g. 1001', description: 'The order number in your shop or CRM' },
	{ displayName: 'Place of Issue', name: 'place', type: 'string', default: '', placeholder: 'e.g. Warszawa' },
	{ displayName: 'Received By', name: 'receivedBy', type: 'string', default: '', description: 'The person authorised to receive the document' },
	{ displayName: 'Sale Date', name: 'saleDate', type: 'string', default: '', placeholder: 'e.g. 2026-01-31', description: 'As YYYY-MM-DD' },
];

/** What Simplify needs of the account's dictionaries, read once per run, the rates and units only for records with lines. */
async function namesFor(ctx: IExecuteFunctions, itemIndex: number, records: IDataObject[]): Promise<DictionaryNames> {
	const unnamed = () => undefined;
	const withLines = records.some((record) => Array.isArray(record.products) && record.products.length > 0);
	return {
		currency: await valueById(ctx, 'currency', itemIndex),
		vatRate: withLines ? await valueById(ctx, 'vat', itemIndex) : unnamed,
		unit: withLines ? await valueById(ctx, 'unit', itemIndex) : unnamed,
	};
}

/** The records as the user asked: the shared invoice shape (Simplify, on by default) or Afaktury's full record. */
export async function outputDocuments(ctx: IExecuteFunctions, itemIndex: number, module: string, records: IDataObject[]): Promise<IDataObject[]> {
	if (!wantsSimplified(ctx, itemIndex)) return records;
	const names = await namesFor(ctx, itemIndex, records);
	return records.map((record) => simplifyDocument(module, record, names) as unknown as IDataObject);
}

/** The seller data set's record, for the seller's name and NIP. */
export async function dataSetRecord(ctx: IExecuteFunctions, itemIndex: number, id: number): Promise<IDataObject> {
	return (await entryById(ctx, 'data', id, itemIndex))?.record ?? {};
}
