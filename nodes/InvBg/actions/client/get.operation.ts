import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { clientLocator, readClientId } from '../../locators';
import { clientNow } from './fields';

export const getClient: OperationModule = {
	option: standardOperation('get', 'Client', 'Clients'),
	kind: 'read',
	properties: [clientLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		return await clientNow(ctx, itemIndex, readClientId(ctx, itemIndex));
	},
};
