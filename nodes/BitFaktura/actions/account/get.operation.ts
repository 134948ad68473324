import type { IDataObject } from 'n8n-workflow';

import type { OperationModule } from '../../../core/router';
import { bitFakturaRequest, requireIntegrationToken } from '../../transport';

/** Read at the account's own address with both tokens, as the API page shows; the credential adds them. */
export const getAccount: OperationModule = {
	option: {
		value: 'get',
		name: 'Get',
		action: 'Get the account of the API token',
		description: 'Get the account’s prefix, address and owner (needs the integration token)',
	},
	kind: 'read',
	properties: [],
	async execute(ctx, itemIndex) {
		await requireIntegrationToken(ctx, itemIndex);
		return await bitFakturaRequest<IDataObject>(ctx, 'GET', '/account.json', { expect: 'object', itemIndex });
	},
};
