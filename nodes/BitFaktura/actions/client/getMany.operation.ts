import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientListQuery } from '../../mapping/records';
import { bitFakturaList } from '../../transport';
import { outputClient } from './fields';

/** The service filters; External ID finds the client that carries the ID of your own system. */
export const getManyClients: OperationModule = {
	option: { ...standardOperation('getMany', 'Client', 'Clients'), description: 'List clients, or find them by name, tax ID, e-mail or external ID' },
	kind: 'read',
	properties: [
		...returnAllAndLimit({}),
		fieldsCollection('filters', [
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', description: 'Clients with exactly this e-mail' },
			{ displayName: 'External ID', name: 'externalId', type: 'string', default: '', placeholder: 'e.g. crm-1001', description: 'The client that carries this ID of your own system (shop, CRM)' },
			{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Clients whose name contains this text' },
			{ displayName: 'Shortcut', name: 'shortcut', type: 'string', default: '' },
			{ displayName: 'Tax ID', name: 'taxId', type: 'string', default: '', placeholder: 'e.g. 40123456' },
		]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const filters = readCollection(ctx, 'filters', itemIndex);
		const query = clientListQuery({
			email: optionalText(filters.email),
			externalId: optionalText(filters.externalId),
			name: optionalText(filters.name),
			shortcut: optionalText(filters.shortcut),
			taxId: optionalText(filters.taxId),
		});
		const clients = await bitFakturaList(ctx, '/clients.json', query, readListLimits(ctx, itemIndex), itemIndex);
		return clients.map((client) => outputClient(ctx, itemIndex, client));
	},
};
