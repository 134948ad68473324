import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { productLocator, readProductId } from '../../locators';
import { infaktRequest } from '../../transport';
import { outputProduct } from './fields';

export const getProduct: OperationModule = {
	option: standardOperation('get', 'Product', 'Products'),
	kind: 'read',
	properties: [productLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = readProductId(ctx, itemIndex);
		return outputProduct(ctx, itemIndex, await infaktRequest(ctx, 'GET', `/products/${id}.json`, { itemIndex }));
	},
};
