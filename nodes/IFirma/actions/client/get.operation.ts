import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { clientLocator, readClientId } from '../../locators';
import { clientOutput, findClient } from './fields';

export const get: OperationModule = {
	option: standardOperation('get', 'Client', 'Clients'),
	properties: [clientLocator(), simplifyField({})],
	kind: 'read',
	execute: async (ctx, itemIndex) => clientOutput(ctx, itemIndex, await findClient(ctx, itemIndex, readClientId(ctx, itemIndex))),
};
