import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { DecimalRule, LineItem, VatRate } from '../canonical';
import { checkLength, normalizeVatRate, parseDecimal } from '../canonical';
import { inputError } from '../errors';
import { checked } from '../params';
import type { Show } from './common';
import { VAT_RATE_DESCRIPTION } from './common';

export type LineItemField = Exclude<keyof LineItem, 'name'>;

const NUMBER_FIELDS = ['quantity', 'unitNetPrice', 'unitGrossPrice', 'totalGross', 'discountPercent', 'discountAmount'] as const;
const TEXT_FIELDS = ['name', 'unit', 'classification', 'description'] as const;

export type LineItemNumber = (typeof NUMBER_FIELDS)[number];
export type LineItemText = (typeof TEXT_FIELDS)[number];

/**
 * What a service keeps of a line, stated by each provider for its own lines: the places and sign of each
 * number, the VAT rates it has and the length of each text. A field it does not list, one its lines do
 * not have, is only checked for its form.
 */
export interface LineItemLimits {
	numbers: Readonly<Partial<Record<LineItemNumber, DecimalRule>>>;
	vatRates: readonly VatRate[];
	maxLengths: Readonly<Partial<Record<LineItemText, number>>>;
}

const NAME_FIELD: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };

const FIELD_DESCRIPTIONS: Record<LineItemField, INodeProperties> = {
	productId: {
		displayName: 'Product ID',
		name: 'productId',
		type: 'string',
		default: '',
		description: 'An existing product; name, price and VAT rate then come from the product',
	},
	quantity: {
		displayName: 'Quantity',
		name: 'quantity',
		type: 'string',
		default: '1',
		description: 'A decimal number such as 1 or 2.5',
	},
	unit: { displayName: 'Unit', name: 'unit', type: 'string', default: '', placeholder: 'e.g. pcs' },
	unitNetPrice: {
		displayName: 'Unit Net Price',
		name: 'unitNetPrice',
		type: 'string',
		default: '',
		placeholder: 'e.g. 100.00',
		description: 'Price of one unit before VAT, as a decimal such as 100.00',
	},
	unitGrossPrice: {
		displayName: 'Unit Gross Price',
		name: 'unitGrossPrice',
		type: 'string',
		default: '',
		placeholder: 'e.g. 123.00',
		description: 'Price of one unit including VAT',
	},
	totalGross: {
		displayName: 'Total Gross',
		name: 'totalGross',
		type: 'string',
		default: '',
		description: 'Gross value of the whole line; the service derives the unit price',
	},
	// Empty by default: a line taken from a product keeps the product's rate unless the user sets one.
	vatRate: {
		displayName: 'VAT Rate',
		name: 'vatRate',
		type: 'string',
		default: '',
		placeholder: 'e.g. 23',
		description: `${VAT_RATE_DESCRIPTION}; the product's rate when empty`,
	},
	discountPercent: {
		displayName: 'Discount (%)',
		name: 'discountPercent',
		type: 'string',
		default: '',
		description: 'Discount of this line in percent',
	},
	discountAmount: {
		displayName: 'Discount Amount',
		name: 'discountAmount',
		type: 'string',
		default: '',
		description: 'Discount of this line as an amount of money',
	},
	classification: {
		displayName: 'Classification Code',
		name: 'classification',
		type: 'string',
		default: '',
		description: 'Statistical classification of the goods or service (PKWiU, CN, UKTZED)',
	},
	description: { displayName: 'Description', name: 'description', type: 'string', default: '' },
};

/**
 * The Line Items collection, showing only the fields the service has: a value the service cannot store
 * is never offered, so it is never silently dropped.
 */
export function lineItemsField(
	show: Show,
	supported: LineItemField[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Line Items',
		name: 'lineItems',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, sortable: true },
		placeholder: 'Add Line Item',
		displayOptions: { show },
		default: {},
		options: [
			{
				displayName: 'Line Item',
				name: 'item',
				values: [NAME_FIELD, ...supported.map((field) => FIELD_DESCRIPTIONS[field])],
			},
		],
		...overrides,
	};
}

/** A line item field as the user sees it in the node. */
function labelOf(field: keyof LineItem): string {
	return field === 'name' ? NAME_FIELD.displayName : FIELD_DESCRIPTIONS[field].displayName;
}

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/**
 * One line as canonical values, every malformed number or rate, and every value the service cannot keep
 * as given, named with its line before sending. A `partial` line changes an existing one, so it may leave
 * the name out.
 */
export function parseLineItem(raw: IDataObject, position: number, limits: LineItemLimits, partial = false): LineItem {
	const where = `Line item ${position}`;
	const item: LineItem = { name: text(raw.name) };
	for (const key of NUMBER_FIELDS) {
		const value = text(raw[key]);
		if (value !== '') item[key] = parseDecimal(value, `${where}: ${labelOf(key)}`, limits.numbers[key]);
	}
	const vatRate = text(raw.vatRate);
	if (vatRate !== '') item.vatRate = normalizeVatRate(vatRate, `${where}: ${labelOf('vatRate')}`, limits.vatRates);
	for (const key of ['unit', 'productId', 'classification', 'description'] as const) {
		const value = text(raw[key]);
		if (value !== '') item[key] = value;
	}
	for (const key of TEXT_FIELDS) {
		const value = item[key];
		const maxLength = limits.maxLengths[key];
		if (value !== undefined && maxLength !== undefined) checkLength(value, maxLength, `${where}: ${labelOf(key)}`);
	}
	if (item.productId !== undefined && !/^\d+$/.test(item.productId)) {
		throw new Error(`${where}: Product ID must be a number, got "${item.productId}"`);
	}
	if (!partial && item.name === '' && item.productId === undefined) {
		throw new Error(`${where}: Name is required (or a Product ID)`);
	}
	return item;
}

/** All lines of the item's Line Items collection; `required` when the document cannot exist without. */
export function readLineItems(
	ctx: IExecuteFunctions,
	itemIndex: number,
	options: { required: boolean; limits: LineItemLimits; parameterName?: string; partial?: boolean },
): LineItem[] {
	const collection = ctx.getNodeParameter(options.parameterName ?? 'lineItems', itemIndex, {}) as {
		item?: IDataObject[];
	};
	const rows = collection.item ?? [];
	if (options.required && rows.length === 0) {
		throw inputError(ctx.getNode(), 'At least one line item is required', itemIndex, 'Add a line item with a name, quantity and price, or a product ID.');
	}
	return rows.map((row, index) => checked(ctx, itemIndex, () => parseLineItem(row, index + 1, options.limits, options.partial)));
}
