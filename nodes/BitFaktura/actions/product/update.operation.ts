import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { productOf } from '../../mapping/records';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { productFields, productLocator, productNameField, readProduct } from './fields';

export const updateProduct: OperationModule = {
	option: standardOperation('update', 'Product', 'Products'),
	kind: 'write',
	properties: [productLocator, fieldsCollection('updateFields', alphabetical([productNameField, ...productFields]))],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'productId', itemIndex, 'Product');
		const values = readCollection(ctx, 'updateFields', itemIndex);
		if (optionalText(values.unitNetPrice) !== undefined) {
			throw inputError(
				ctx.getNode(),
				'Unit Net Price cannot be changed on Update',
				itemIndex,
				'BitFaktura derives the net price from Unit Gross Price and VAT Rate on update; set those instead.',
			);
		}
		const changes = productOf({ name: optionalText(values.name), ...(await readProduct(ctx, itemIndex, 'updateFields', values)) });
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields".');
		}
		return await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/products/${id}.json`, { body: wrapped('product', changes), expect: 'object', itemIndex });
	},
};
