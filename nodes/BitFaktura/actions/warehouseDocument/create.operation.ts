import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { locator, pickedId } from '../../locators';
import { WAREHOUSE_DOCUMENT_KINDS } from '../../mapping/codes';
import { warehouseDocumentOf } from '../../mapping/records';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { documentFields, linesField, readDocument } from './fields';

export const createWarehouseDocument: OperationModule = {
	option: { ...standardOperation('create', 'Warehouse Document', 'Warehouse Documents'), description: 'Record goods received, issued or moved between warehouses' },
	kind: 'write',
	properties: [
		{ displayName: 'Kind', name: 'kind', type: 'options', options: WAREHOUSE_DOCUMENT_KINDS, default: 'pz', required: true },
		locator('warehouse', { description: 'The warehouse the goods arrive in, leave or move from' }),
		{ ...linesField('Products'), required: true },
		fieldsCollection('additionalFields', documentFields),
	],
	async execute(ctx, itemIndex) {
		const kind = requireText(ctx, 'kind', itemIndex, 'Kind');
		const warehouseId = await pickedId(ctx, 'warehouseId', itemIndex, 'Warehouse');
		const document = await readDocument(ctx, itemIndex, 'additionalFields', readCollection(ctx, 'additionalFields', itemIndex), kind);
		if (document.lines === undefined || document.lines.length === 0) {
			throw inputError(ctx.getNode(), 'At least one product is required', itemIndex, 'Add a product with its quantity under "Products".');
		}
		const body = wrapped('warehouseDocument', warehouseDocumentOf({ ...document, kind, warehouseId }));
		return await bitFakturaRequest<IDataObject>(ctx, 'POST', '/warehouse_documents.json', { body, expect: 'object', itemIndex });
	},
};
