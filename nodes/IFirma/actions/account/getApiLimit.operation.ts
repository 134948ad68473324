import type { OperationModule } from '../../../core/router';
import { API_LIMIT_PATH, apiLimitOf } from '../../mapping/account';
import { ifirmaRequest } from '../../transport';

export const getApiLimit: OperationModule = {
	option: { value: 'getApiLimit', name: 'Get API Limit', action: 'Get the API limit and how much of it is used' },
	properties: [],
	kind: 'read',
	execute: async (ctx, itemIndex) => apiLimitOf((await ifirmaRequest(ctx, 'GET', API_LIMIT_PATH, { itemIndex })).payload),
};
