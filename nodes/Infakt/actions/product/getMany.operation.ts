import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { productListQuery } from '../../mapping/list';
import { infaktList } from '../../transport';
import { outputProduct } from './fields';

export const getManyProducts: OperationModule = {
	option: { ...standardOperation('getMany', 'Product', 'Products'), description: 'List products, or find them by name' },
	kind: 'read',
	properties: [
		...returnAllAndLimit({}),
		fieldsCollection('filters', [{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Products whose name contains this text' }]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const query = productListQuery({ name: optionalText(readCollection(ctx, 'filters', itemIndex).name) });
		const products = await infaktList(ctx, '/products.json', query, readListLimits(ctx, itemIndex), itemIndex);
		return products.map((product) => outputProduct(ctx, itemIndex, product));
	},
};
