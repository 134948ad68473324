import { deleteOperation } from '../../../core/deleteOperation';
import { itemLocator, readItemId } from '../../locators';
import { v3Change } from '../../transport';

export const deleteItem = deleteOperation({ label: 'Item', plural: 'Items', properties: [itemLocator] }, async (ctx, itemIndex) => {
	const id = readItemId(ctx, itemIndex);
	await v3Change(ctx, 'DELETE', `/items/${id}`, { itemIndex });
	return id;
});
