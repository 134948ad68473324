import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { clientLocator, readClientId } from '../../locators';
import { infaktRequest } from '../../transport';
import { deleted } from '../output';

export const deleteClient: OperationModule = {
	option: standardOperation('delete', 'Client', 'Clients'),
	kind: 'write',
	properties: [clientLocator],
	async execute(ctx, itemIndex) {
		const id = readClientId(ctx, itemIndex);
		await infaktRequest<unknown>(ctx, 'DELETE', `/clients/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
