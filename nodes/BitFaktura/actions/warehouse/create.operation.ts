import type { IDataObject } from 'n8n-workflow';

import { fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { warehouseFields, warehouseNameField, warehouseRecord } from './fields';

export const createWarehouse: OperationModule = {
	option: standardOperation('create', 'Warehouse', 'Warehouses'),
	kind: 'write',
	properties: [{ ...warehouseNameField, required: true }, fieldsCollection('additionalFields', warehouseFields)],
	async execute(ctx, itemIndex) {
		const name = requireText(ctx, 'name', itemIndex, 'Name');
		const warehouse = warehouseRecord({ ...readCollection(ctx, 'additionalFields', itemIndex), name });
		return await bitFakturaRequest<IDataObject>(ctx, 'POST', '/warehouses.json', { body: wrapped('warehouse', warehouse), expect: 'object', itemIndex });
	},
};
