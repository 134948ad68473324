import type { ResourceModule } from '../../../core/router';
import { create } from './create.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';

/** The account's clients, which iFirma calls contractors (kontrahenci): no delete is documented. */
export const client: ResourceModule = {
	name: 'Client',
	value: 'client',
	defaultOperation: 'create',
	operations: [create, get, getMany, update],
};
