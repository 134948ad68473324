import type { ResourceModule } from '../../../core/router';
import { createUser } from './create.operation';
import { logIn } from './logIn.operation';

export const userResource: ResourceModule = {
	name: 'User',
	value: 'user',
	defaultOperation: 'create',
	operations: [createUser, logIn],
};
