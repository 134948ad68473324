import { returnAllAndLimit } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import type { OperationModule } from '../../../core/router';
import { BANK_ACCOUNT_LIST } from '../../mapping/list';
import { v3List } from '../../transport';

/** The records are narrow (bank, IBAN, BIC, currency, default, deleted), so they come as inv.bg gives them. */
export const getManyBankAccounts: OperationModule = {
	option: { ...standardOperation('getMany', 'Bank Account', 'Bank Accounts'), description: 'List the company\'s bank accounts, deleted ones included' },
	kind: 'read',
	properties: returnAllAndLimit({}),
	async execute(ctx, itemIndex) {
		return await v3List(ctx, BANK_ACCOUNT_LIST, {}, readListLimits(ctx, itemIndex), itemIndex);
	},
};
