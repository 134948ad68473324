import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { warehouseDocumentOf } from '../../mapping/records';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { documentFields, linesField, readDocument, warehouseDocumentLocator } from './fields';

/** Lines given here are added to the document's; the stored kind is not read, so no line needs a target. */
export const updateWarehouseDocument: OperationModule = {
	option: standardOperation('update', 'Warehouse Document', 'Warehouse Documents'),
	kind: 'write',
	properties: [warehouseDocumentLocator, fieldsCollection('updateFields', documentFields), linesField('Products to Add')],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'warehouseDocumentId', itemIndex, 'Warehouse Document');
		const changes = warehouseDocumentOf(await readDocument(ctx, itemIndex, 'updateFields', readCollection(ctx, 'updateFields', itemIndex), undefined));
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields", or a product to add.');
		}
		return await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/warehouse_documents/${id}.json`, {
			body: wrapped('warehouseDocument', changes),
			expect: 'object',
			itemIndex,
		});
	},
};
