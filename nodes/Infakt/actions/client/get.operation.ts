import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { clientLocator, readClientId } from '../../locators';
import { infaktRequest } from '../../transport';
import { outputClient } from './fields';

export const getClient: OperationModule = {
	option: standardOperation('get', 'Client', 'Clients'),
	kind: 'read',
	properties: [clientLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = readClientId(ctx, itemIndex);
		return outputClient(ctx, itemIndex, await infaktRequest(ctx, 'GET', `/clients/${id}.json`, { itemIndex }));
	},
};
