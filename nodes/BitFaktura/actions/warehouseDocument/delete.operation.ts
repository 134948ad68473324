import { deleteOperation } from '../../../core/deleteOperation';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { warehouseDocumentLocator } from './fields';

/** The service takes back the stock the document moved. */
export const deleteWarehouseDocument = deleteOperation(
	{ label: 'Warehouse Document', plural: 'Warehouse Documents', properties: [warehouseDocumentLocator] },
	async (ctx, itemIndex) => {
		const id = await pickedId(ctx, 'warehouseDocumentId', itemIndex, 'Warehouse Document');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/warehouse_documents/${id}.json`, { expect: 'nothing', itemIndex });
		return Number(id);
	},
);
