import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { LineItem } from '../canonical';
import { normalizeVatRate, parseDecimal } from '../canonical';
import { inputError } from '../errors';
import type { Show } from './common';
import { VAT_RATE_DESCRIPTION } from './common';

export type LineItemField = Exclude<keyof LineItem, 'name'>;

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
	unit: { displayName: 'Unit', name: 'unit', type: 'string', default: '', placeholder: 'pcs' },
	unitNetPrice: {
		displayName: 'Unit Net Price',
		name: 'unitNetPrice',
		type: 'string',
		default: '',
		placeholder: '100.00',
		description: 'Price of one unit before VAT, as a decimal such as 100.00',
	},
	unitGrossPrice: {
		displayName: 'Unit Gross Price',
		name: 'unitGrossPrice',
		type: 'string',
		default: '',
		placeholder: '123.00',
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
		placeholder: '23',
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
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					...supported.map((field) => FIELD_DESCRIPTIONS[field]),
				],
			},
		],
		...overrides,
	};
}

const DECIMAL_FIELDS: Array<[keyof LineItem, string]> = [
	['quantity', 'Quantity'],
	['unitNetPrice', 'Unit Net Price'],
	['unitGrossPrice', 'Unit Gross Price'],
	['totalGross', 'Total Gross'],
	['discountPercent', 'Discount (%)'],
	['discountAmount', 'Discount Amount'],
];

function text(value: unknown): string {
	return value === undefined || value === null ? '' : String(value).trim();
}

/**
 * One line as canonical values, every malformed number or rate named with its line before sending.
 * A `partial` line changes an existing one, so it may leave the name out.
 */
export function parseLineItem(raw: IDataObject, position: number, partial = false): LineItem {
	const where = `Line item ${position}`;
	const item: LineItem = { name: text(raw.name) };
	for (const [key, label] of DECIMAL_FIELDS) {
		const value = text(raw[key]);
		if (value !== '') (item as unknown as IDataObject)[key] = parseDecimal(value, `${where}: ${label}`);
	}
	const vatRate = text(raw.vatRate);
	if (vatRate !== '') item.vatRate = normalizeVatRate(vatRate, `${where}: VAT Rate`);
	for (const key of ['unit', 'productId', 'classification', 'description'] as const) {
		const value = text(raw[key]);
		if (value !== '') item[key] = value;
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
	options: { required: boolean; parameterName?: string; partial?: boolean },
): LineItem[] {
	const collection = ctx.getNodeParameter(options.parameterName ?? 'lineItems', itemIndex, {}) as {
		item?: IDataObject[];
	};
	const rows = collection.item ?? [];
	if (options.required && rows.length === 0) {
		throw inputError(ctx.getNode(), 'At least one line item is required', itemIndex, 'Add a line item with a name, quantity and price, or a product ID.');
	}
	return rows.map((row, index) => {
		try {
			return parseLineItem(row, index + 1, options.partial);
		} catch (error) {
			throw inputError(ctx.getNode(), (error as Error).message, itemIndex);
		}
	});
}
