import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientListQuery } from '../../mapping/list';
import { infaktList } from '../../transport';
import { outputClient } from './fields';

export const getManyClients: OperationModule = {
	option: { ...standardOperation('getMany', 'Client', 'Clients'), description: 'List clients, or find them by tax ID or name' },
	kind: 'read',
	properties: [
		...returnAllAndLimit({}),
		fieldsCollection('filters', [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Clients whose company name contains this text' },
			{ displayName: 'Tax ID', name: 'taxId', type: 'string', default: '', placeholder: 'e.g. 526-025-02-74', description: 'The NIP; only its digits are compared' },
		]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const filters = readCollection(ctx, 'filters', itemIndex);
		const query = clientListQuery({ taxId: optionalText(filters.taxId), name: optionalText(filters.name) });
		const clients = await infaktList(ctx, '/clients.json', query, readListLimits(ctx, itemIndex), itemIndex);
		return clients.map((client) => outputClient(ctx, itemIndex, client));
	},
};
