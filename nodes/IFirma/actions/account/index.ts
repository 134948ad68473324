import type { ResourceModule } from '../../../core/router';
import { changeAccountingMonth } from './changeAccountingMonth.operation';
import { getAccountingMonth } from './getAccountingMonth.operation';
import { getApiLimit } from './getApiLimit.operation';

/** The account's API limit and its open accounting month, signed with the subscriber (abonent) key. */
export const account: ResourceModule = {
	name: 'Account',
	value: 'account',
	defaultOperation: 'getApiLimit',
	operations: [getApiLimit, getAccountingMonth, changeAccountingMonth],
};
