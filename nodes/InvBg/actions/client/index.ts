import type { ResourceModule } from '../../../core/router';
import { createClient } from './create.operation';
import { createOrUpdateClient } from './createOrUpdate.operation';
import { deleteClient } from './delete.operation';
import { getClient } from './get.operation';
import { getManyClients } from './getMany.operation';
import { updateClient } from './update.operation';

export const clientResource: ResourceModule = {
	name: 'Client',
	value: 'client',
	defaultOperation: 'create',
	operations: [createClient, createOrUpdateClient, getClient, getManyClients, updateClient, deleteClient],
};
