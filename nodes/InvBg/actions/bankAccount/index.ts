import type { ResourceModule } from '../../../core/router';
import { getManyBankAccounts } from './getMany.operation';

export const bankAccountResource: ResourceModule = {
	name: 'Bank Account',
	value: 'bankAccount',
	defaultOperation: 'getMany',
	operations: [getManyBankAccounts],
};
