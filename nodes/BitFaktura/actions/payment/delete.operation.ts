import { deleteOperation } from '../../../core/deleteOperation';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { paymentLocator } from './fields';

export const deletePayment = deleteOperation({ label: 'Payment', plural: 'Payments', properties: [paymentLocator] }, async (ctx, itemIndex) => {
	const id = await pickedId(ctx, 'paymentId', itemIndex, 'Payment');
	await bitFakturaRequest<unknown>(ctx, 'DELETE', `/banking/payments/${id}.json`, { expect: 'nothing', itemIndex });
	return Number(id);
});
