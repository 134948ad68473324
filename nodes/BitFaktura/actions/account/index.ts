import type { ResourceModule } from '../../../core/router';
import { createAccount } from './create.operation';
import { getAccount } from './get.operation';

export const accountResource: ResourceModule = {
	name: 'Account',
	value: 'account',
	defaultOperation: 'get',
	operations: [getAccount, createAccount],
};
