import { returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import type { OperationModule } from '../../../core/router';
import { ITEM_LIST } from '../../mapping/list';
import { v3List } from '../../transport';
import { outputItems } from './fields';

export const getManyItems: OperationModule = {
	option: standardOperation('getMany', 'Item', 'Items'),
	kind: 'read',
	properties: [...returnAllAndLimit({}), simplifyField({})],
	async execute(ctx, itemIndex) {
		return outputItems(ctx, itemIndex, await v3List(ctx, ITEM_LIST, {}, readListLimits(ctx, itemIndex), itemIndex));
	},
};
