import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { deleted } from '../output';
import { paymentLocator } from './fields';

export const deletePayment: OperationModule = {
	option: standardOperation('delete', 'Payment', 'Payments'),
	kind: 'write',
	properties: [paymentLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'paymentId', itemIndex, 'Payment');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/banking/payments/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
