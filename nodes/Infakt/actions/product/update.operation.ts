import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { checked, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { productLocator, readProductId } from '../../locators';
import { productBody, productOf } from '../../mapping/product';
import { infaktRequest } from '../../transport';
import { outputProduct, productFields, productNameField, readProductFields } from './fields';

export const updateProduct: OperationModule = {
	option: standardOperation('update', 'Product', 'Products'),
	kind: 'write',
	properties: [productLocator, fieldsCollection('updateFields', alphabetical([productNameField, ...productFields])), simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = readProductId(ctx, itemIndex);
		const changes = checked(ctx, itemIndex, () => productOf(readProductFields(ctx, itemIndex, readCollection(ctx, 'updateFields', itemIndex))));
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields".');
		}
		return outputProduct(ctx, itemIndex, await infaktRequest(ctx, 'PUT', `/products/${id}.json`, { body: productBody(changes), itemIndex }));
	},
};
