import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { clientLocator, readClientId } from '../../locators';
import { v3Change } from '../../transport';

export const deleteClient: OperationModule = {
	option: standardOperation('delete', 'Client', 'Clients'),
	kind: 'write',
	properties: [clientLocator],
	async execute(ctx, itemIndex) {
		const id = readClientId(ctx, itemIndex);
		await v3Change(ctx, 'DELETE', `/clients/${id}`, { itemIndex });
		return { deleted: true, id };
	},
};
