import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { deleted } from '../output';
import { warehouseDocumentLocator } from './fields';

/** The service takes back the stock the document moved. */
export const deleteWarehouseDocument: OperationModule = {
	option: standardOperation('delete', 'Warehouse Document', 'Warehouse Documents'),
	kind: 'write',
	properties: [warehouseDocumentLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'warehouseDocumentId', itemIndex, 'Warehouse Document');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/warehouse_documents/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
