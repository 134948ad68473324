import type { OperationModule } from '../../../core/router';
import { ACCOUNTING_MONTH_PATH, accountingMonthOf } from '../../mapping/account';
import { ifirmaRequest } from '../../transport';

/** Documents must fall in the open accounting month. */
export const getAccountingMonth: OperationModule = {
	option: { value: 'getAccountingMonth', name: 'Get Accounting Month', action: 'Get the open accounting month' },
	properties: [],
	kind: 'read',
	execute: async (ctx, itemIndex) => accountingMonthOf((await ifirmaRequest(ctx, 'GET', ACCOUNTING_MONTH_PATH, { itemIndex })).payload),
};
