import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { readDate } from '../../../core/fields/dates';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { locator, optionalPickedId } from '../../locators';
import { productListQuery } from '../../mapping/records';
import { bitFakturaList } from '../../transport';
import { outputProduct } from './fields';

export const getManyProducts: OperationModule = {
	option: { ...standardOperation('getMany', 'Product', 'Products'), description: 'List products, those changed since a date, with their stock' },
	kind: 'read',
	properties: [
		...returnAllAndLimit({}),
		fieldsCollection('filters', [
			{ displayName: 'Changed Since', name: 'dateFrom', type: 'string', default: '', placeholder: 'e.g. 2024-01-01', description: 'Products added or changed after this date. As YYYY-MM-DD.' },
			locator('warehouse', { label: 'Stock in Warehouse', required: false, description: 'Give the stock level in this warehouse rather than in all of them' }),
		]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const filters = readCollection(ctx, 'filters', itemIndex);
		const query = productListQuery({
			warehouseId: 'warehouseId' in filters ? await optionalPickedId(ctx, 'filters.warehouseId', itemIndex, 'Stock in Warehouse') : undefined,
			changedSince: readDate(ctx, filters.dateFrom, 'Changed Since', itemIndex),
		});
		const products = await bitFakturaList(ctx, '/products.json', query, readListLimits(ctx, itemIndex), itemIndex);
		return products.map((product) => outputProduct(ctx, itemIndex, product));
	},
};
