import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { itemLocator, readItemId } from '../../locators';
import { itemNow } from './fields';

export const getItem: OperationModule = {
	option: standardOperation('get', 'Item', 'Items'),
	kind: 'read',
	properties: [itemLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		return await itemNow(ctx, itemIndex, readItemId(ctx, itemIndex));
	},
};
