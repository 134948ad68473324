import type { IDataObject } from 'n8n-workflow';

import type { SimpleProduct } from '../../core/canonical';
import { buildSimpleProduct, decimalToNumber } from '../../core/canonical';

/** A catalogue item's fields by the node's names → v3's (docs/services/invbg.md, "Items"). */
export const ITEM_TEXT_NAMES: Record<string, string> = {
	name: 'name',
	currency: 'currency',
	unit: 'quantity_unit',
	code: 'catalog_number',
	externalId: 'outside_id',
	nameEn: 'name_en',
};

export const ITEM_DECIMAL_NAMES: Record<string, string> = {
	price: 'price',
	priceForQuantity: 'price_for_quantity',
};

/** The item body: texts as given, decimals (already canonical) as the exact JSON numbers v3 takes. */
export function itemBody(values: Record<string, string | undefined>): IDataObject {
	const body: IDataObject = {};
	for (const [field, wireName] of Object.entries(ITEM_TEXT_NAMES)) {
		if (values[field] !== undefined) body[wireName] = values[field];
	}
	for (const [field, wireName] of Object.entries(ITEM_DECIMAL_NAMES)) {
		const value = values[field];
		if (value !== undefined) body[wireName] = decimalToNumber(value, field);
	}
	return body;
}

function text(value: unknown): string | null {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** Items carry no VAT rate of their own: the invoice's applies. */
export function simplifyItem(item: IDataObject): SimpleProduct {
	return buildSimpleProduct({
		id: text(item.id),
		name: text(item.name),
		code: text(item.catalog_number),
		unitNetPrice: text(item.price),
		unit: text(item.quantity_unit),
	});
}
