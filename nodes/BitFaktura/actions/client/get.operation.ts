import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { clientLocator, outputClient } from './fields';

export const getClient: OperationModule = {
	option: standardOperation('get', 'Client', 'Clients'),
	kind: 'read',
	properties: [clientLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'clientId', itemIndex, 'Client');
		return outputClient(ctx, itemIndex, await bitFakturaRequest<IDataObject>(ctx, 'GET', `/clients/${id}.json`, { expect: 'object', itemIndex }));
	},
};
