import { deleteOperation } from '../../../core/deleteOperation';
import { clientLocator, readClientId } from '../../locators';
import { v3Change } from '../../transport';

export const deleteClient = deleteOperation({ label: 'Client', plural: 'Clients', properties: [clientLocator] }, async (ctx, itemIndex) => {
	const id = readClientId(ctx, itemIndex);
	await v3Change(ctx, 'DELETE', `/clients/${id}`, { itemIndex });
	return id;
});
