import { deleteOperation } from '../../../core/deleteOperation';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { clientLocator } from './fields';

export const deleteClient = deleteOperation({ label: 'Client', plural: 'Clients', properties: [clientLocator] }, async (ctx, itemIndex) => {
	const id = await pickedId(ctx, 'clientId', itemIndex, 'Client');
	await bitFakturaRequest<unknown>(ctx, 'DELETE', `/clients/${id}.json`, { expect: 'nothing', itemIndex });
	return Number(id);
});
