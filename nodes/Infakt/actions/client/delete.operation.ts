import { deleteOperation } from '../../../core/deleteOperation';
import { clientLocator, readClientId } from '../../locators';
import { infaktRequest } from '../../transport';

export const deleteClient = deleteOperation({ label: 'Client', plural: 'Clients', properties: [clientLocator] }, async (ctx, itemIndex) => {
	const id = readClientId(ctx, itemIndex);
	await infaktRequest<unknown>(ctx, 'DELETE', `/clients/${id}.json`, { expect: 'nothing', itemIndex });
	return id;
});
