import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { itemLocator, readItemId } from '../../locators';
import { v3Change } from '../../transport';

export const deleteItem: OperationModule = {
	option: standardOperation('delete', 'Item', 'Items'),
	kind: 'write',
	properties: [itemLocator],
	async execute(ctx, itemIndex) {
		const id = readItemId(ctx, itemIndex);
		await v3Change(ctx, 'DELETE', `/items/${id}`, { itemIndex });
		return { deleted: true, id };
	},
};
