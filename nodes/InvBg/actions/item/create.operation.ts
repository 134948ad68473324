import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { v3Request } from '../../transport';
import { itemCurrencyField, itemFieldOptions, itemNow, itemValues, priceField, priceForQuantityField, unitField } from './fields';
import { readBack } from '../../../core/readBack';

/** v3 wants all five of name, price, currency, price for quantity and unit on a new item. */
export const createItem: OperationModule = {
	option: { ...standardOperation('create', 'Item', 'Items'), description: 'Add an item to the catalogue' },
	kind: 'write',
	properties: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true },
		{ ...priceField, required: true },
		{ ...itemCurrencyField, required: true },
		{ ...priceForQuantityField, required: true },
		{ ...unitField, required: true },
		fieldsCollection('additionalFields', itemFieldOptions),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const required = Object.fromEntries(
			[
				['name', 'Name'],
				['price', 'Price'],
				['currency', 'Currency'],
				['priceForQuantity', 'Price for Quantity'],
				['unit', 'Unit'],
			].map(([name, label]) => [name, requireText(ctx, name, itemIndex, label)]),
		);
		const body = itemValues(ctx, itemIndex, { ...readCollection(ctx, 'additionalFields', itemIndex), ...required });
		const created = await v3Request(ctx, 'POST', '/items', { body, itemIndex });
		return await readBack(ctx, itemIndex, `inv.bg created item ${String(created.id)}`, () => itemNow(ctx, itemIndex, String(created.id)));
	},
};
