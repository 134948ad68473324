import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { deleted } from '../output';
import { clientLocator } from './fields';

export const deleteClient: OperationModule = {
	option: standardOperation('delete', 'Client', 'Clients'),
	kind: 'write',
	properties: [clientLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'clientId', itemIndex, 'Client');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/clients/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
