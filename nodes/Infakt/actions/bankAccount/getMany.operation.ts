import { returnAllAndLimit } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import type { OperationModule } from '../../../core/router';
import { infaktList } from '../../transport';

/** The accounts as inFakt keeps them; one is printed on an invoice through Create's Bank Account. */
export const getManyBankAccounts: OperationModule = {
	option: { ...standardOperation('getMany', 'Bank Account', 'Bank Accounts'), description: 'List the account\'s bank accounts' },
	kind: 'read',
	properties: returnAllAndLimit({}),
	async execute(ctx, itemIndex) {
		return await infaktList(ctx, '/bank_accounts.json', {}, readListLimits(ctx, itemIndex), itemIndex);
	},
};
