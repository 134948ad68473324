import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { parseDecimal } from '../../../core/canonical';
import { checked, optionalText } from '../../../core/params';
import { simplifiedAll } from '../../../core/output';
import { ITEM_DECIMAL_NAMES, itemBody, simplifyItem } from '../../mapping/item';
import { v3Request } from '../../transport';

export const priceField: INodeProperties = { displayName: 'Price', name: 'price', type: 'string', default: '', placeholder: 'e.g. 25.00', description: 'The price, as a decimal, for the Price for Quantity units' };
export const itemCurrencyField: INodeProperties = { displayName: 'Currency', name: 'currency', type: 'string', default: 'EUR', placeholder: 'e.g. EUR', description: 'The three-letter code of the price\'s currency' };
export const priceForQuantityField: INodeProperties = { displayName: 'Price for Quantity', name: 'priceForQuantity', type: 'string', default: '1', description: 'How many units the price is for' };
export const unitField: INodeProperties = { displayName: 'Unit', name: 'unit', type: 'string', default: 'бр.', placeholder: 'e.g. бр.' };

/** The item's optional fields, shared by Create and Update. */
export const itemFieldOptions: INodeProperties[] = [
	{ displayName: 'Catalog Number', name: 'code', type: 'string', default: '', description: 'The item\'s number in the catalogue' },
	{ displayName: 'External ID', name: 'externalId', type: 'string', default: '', description: 'The ID of this item in your own system (shop, stock)' },
	{ displayName: 'Name (English)', name: 'nameEn', type: 'string', default: '' },
];

/** v3 keeps 4 decimal places of a price (INFERRED, docs/services/invbg.md). */
const RULES: Record<string, { places: number; sign: 'nonNegative' | 'positive' }> = {
	price: { places: 4, sign: 'nonNegative' },
	priceForQuantity: { places: 4, sign: 'positive' },
};

const LABELS: Record<string, string> = { price: 'Price', priceForQuantity: 'Price for Quantity' };

/** The given values, each decimal checked and each text trimmed, as the body takes them. */
export function itemValues(ctx: IExecuteFunctions, itemIndex: number, values: IDataObject): IDataObject {
	const read: Record<string, string | undefined> = {};
	for (const [key, value] of Object.entries(values)) {
		const text = optionalText(value);
		read[key] = text !== undefined && key in ITEM_DECIMAL_NAMES ? checked(ctx, itemIndex, () => parseDecimal(text, LABELS[key], RULES[key])) : text;
	}
	if (read.currency !== undefined) read.currency = read.currency.toUpperCase();
	return checked(ctx, itemIndex, () => itemBody(read));
}

export function outputItems(ctx: IExecuteFunctions, itemIndex: number, records: IDataObject[]): IDataObject[] {
	return simplifiedAll(ctx, itemIndex, records, simplifyItem);
}

export async function itemNow(ctx: IExecuteFunctions, itemIndex: number, id: string | number): Promise<IDataObject[]> {
	return outputItems(ctx, itemIndex, [await v3Request(ctx, 'GET', `/items/${id}`, { itemIndex })]);
}
