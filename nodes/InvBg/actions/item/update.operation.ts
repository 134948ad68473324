import type { INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { itemLocator, readItemId } from '../../locators';
import { v3Change } from '../../transport';
import { itemCurrencyField, itemFieldOptions, itemNow, itemValues, priceField, priceForQuantityField, unitField } from './fields';
import { readBack } from '../../../core/readBack';

const nameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };

export const updateItem: OperationModule = {
	option: standardOperation('update', 'Item', 'Items'),
	kind: 'write',
	properties: [
		itemLocator,
		fieldsCollection(
			'updateFields',
			alphabetical([nameField, priceField, itemCurrencyField, priceForQuantityField, unitField, ...itemFieldOptions]),
		),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const id = readItemId(ctx, itemIndex);
		const body = itemValues(ctx, itemIndex, readCollection(ctx, 'updateFields', itemIndex));
		if (Object.keys(body).length === 0) throw inputError(ctx.getNode(), 'Nothing to update', itemIndex, 'Add at least one field under Update Fields.');
		await v3Change(ctx, 'PATCH', `/items/${id}`, { body, itemIndex });
		return await readBack(ctx, itemIndex, `inv.bg updated item ${id}`, () => itemNow(ctx, itemIndex, id));
	},
};
