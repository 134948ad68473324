import { returnAllAndLimit } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import type { OperationModule } from '../../../core/router';
import { bitFakturaList } from '../../transport';

export const getManyWarehouses: OperationModule = {
	option: standardOperation('getMany', 'Warehouse', 'Warehouses'),
	kind: 'read',
	properties: returnAllAndLimit({}),
	async execute(ctx, itemIndex) {
		return await bitFakturaList(ctx, '/warehouses.json', {}, readListLimits(ctx, itemIndex), itemIndex);
	},
};
