import { returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import type { OperationModule } from '../../../core/router';
import { bitFakturaList } from '../../transport';
import { outputWarehouseDocument } from './fields';

export const getManyWarehouseDocuments: OperationModule = {
	option: standardOperation('getMany', 'Warehouse Document', 'Warehouse Documents'),
	kind: 'read',
	properties: [...returnAllAndLimit({}), simplifyField({})],
	async execute(ctx, itemIndex) {
		const documents = await bitFakturaList(ctx, '/warehouse_documents.json', {}, readListLimits(ctx, itemIndex), itemIndex);
		return documents.map((document) => outputWarehouseDocument(ctx, itemIndex, document));
	},
};
