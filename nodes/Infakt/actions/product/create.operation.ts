import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { checked, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { productBody, productOf } from '../../mapping/product';
import { infaktRequest } from '../../transport';
import { outputProduct, productFields, productNameField, readProductFields } from './fields';

export const createProduct: OperationModule = {
	option: standardOperation('create', 'Product', 'Products'),
	kind: 'write',
	properties: [{ ...productNameField, required: true }, fieldsCollection('additionalFields', productFields), simplifyField({})],
	async execute(ctx, itemIndex) {
		const name = requireText(ctx, 'name', itemIndex, 'Name');
		const fields = readProductFields(ctx, itemIndex, { ...readCollection(ctx, 'additionalFields', itemIndex), name });
		const product = checked(ctx, itemIndex, () => productOf(fields));
		return outputProduct(ctx, itemIndex, await infaktRequest(ctx, 'POST', '/products.json', { body: productBody(product), itemIndex }));
	},
};
