import type { IDataObject } from 'n8n-workflow';

import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { locator, optionalPickedId, pickedId } from '../../locators';
import { stockQuery } from '../../mapping/records';
import { bitFakturaRequest } from '../../transport';
import { outputProduct, productLocator } from './fields';

export const getProduct: OperationModule = {
	option: { ...standardOperation('get', 'Product', 'Products'), description: 'Get a product, with its stock in one warehouse or in all' },
	kind: 'read',
	properties: [
		productLocator,
		fieldsCollection('options', [
			locator('warehouse', { label: 'Stock in Warehouse', required: false, description: 'Give the stock level in this warehouse rather than in all of them' }),
		]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'productId', itemIndex, 'Product');
		const warehouseId = await optionalPickedId(ctx, 'options.warehouseId', itemIndex, 'Stock in Warehouse');
		const product = await bitFakturaRequest<IDataObject>(ctx, 'GET', `/products/${id}.json`, { qs: stockQuery(warehouseId), expect: 'object', itemIndex });
		return outputProduct(ctx, itemIndex, product);
	},
};
