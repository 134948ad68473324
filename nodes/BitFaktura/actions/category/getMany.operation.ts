import { returnAllAndLimit } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import type { OperationModule } from '../../../core/router';
import { bitFakturaList } from '../../transport';

export const getManyCategories: OperationModule = {
	option: standardOperation('getMany', 'Category', 'Categories'),
	kind: 'read',
	properties: returnAllAndLimit({}),
	async execute(ctx, itemIndex) {
		return await bitFakturaList(ctx, '/categories.json', {}, readListLimits(ctx, itemIndex), itemIndex);
	},
};
