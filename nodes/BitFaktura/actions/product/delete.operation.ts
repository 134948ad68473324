import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { deleted } from '../output';
import { productLocator } from './fields';

export const deleteProduct: OperationModule = {
	option: standardOperation('delete', 'Product', 'Products'),
	kind: 'write',
	properties: [productLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'productId', itemIndex, 'Product');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/products/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
