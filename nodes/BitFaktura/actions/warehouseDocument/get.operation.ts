import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { outputWarehouseDocument, warehouseDocumentLocator } from './fields';

export const getWarehouseDocument: OperationModule = {
	option: standardOperation('get', 'Warehouse Document', 'Warehouse Documents'),
	kind: 'read',
	properties: [warehouseDocumentLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'warehouseDocumentId', itemIndex, 'Warehouse Document');
		const document = await bitFakturaRequest<IDataObject>(ctx, 'GET', `/warehouse_documents/${id}.json`, { expect: 'object', itemIndex });
		return outputWarehouseDocument(ctx, itemIndex, document);
	},
};
