import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { productLocator, readProductId } from '../../locators';
import { infaktRequest } from '../../transport';
import { deleted } from '../output';

export const deleteProduct: OperationModule = {
	option: standardOperation('delete', 'Product', 'Products'),
	kind: 'write',
	properties: [productLocator],
	async execute(ctx, itemIndex) {
		const id = readProductId(ctx, itemIndex);
		await infaktRequest<unknown>(ctx, 'DELETE', `/products/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
