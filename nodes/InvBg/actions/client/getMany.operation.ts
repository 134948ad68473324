import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientQuery } from '../../mapping/client';
import { CLIENT_LIST } from '../../mapping/list';
import { v3List } from '../../transport';
import { outputClients } from './fields';

export const getManyClients: OperationModule = {
	option: { ...standardOperation('getMany', 'Client', 'Clients'), description: 'List clients by EIK, VAT number or name' },
	kind: 'read',
	properties: [
		...returnAllAndLimit({}),
		fieldsCollection('filters', [
			{ displayName: 'EIK', name: 'taxId', type: 'string', default: '', placeholder: 'e.g. 123456789', description: 'The client\'s EIK (BULSTAT)' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '' },
			{ displayName: 'VAT Number', name: 'vatNumber', type: 'string', default: '', placeholder: 'e.g. BG123456789' },
		]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const filters = readCollection(ctx, 'filters', itemIndex);
		const query = clientQuery({ taxId: optionalText(filters.taxId), vatNumber: optionalText(filters.vatNumber), name: optionalText(filters.name) });
		return outputClients(ctx, itemIndex, await v3List(ctx, CLIENT_LIST, query, readListLimits(ctx, itemIndex), itemIndex));
	},
};
