import type { IDataObject } from 'n8n-workflow';

import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { outputPayment, paymentLocator } from './fields';

/** One payment is read at the singular path the API page's JSON example shows; writes use the plural one. */
export const getPayment: OperationModule = {
	option: standardOperation('get', 'Payment', 'Payments'),
	kind: 'read',
	properties: [paymentLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'paymentId', itemIndex, 'Payment');
		const payment = await bitFakturaRequest<IDataObject>(ctx, 'GET', `/banking/payment/${id}.json`, { expect: 'object', itemIndex });
		return outputPayment(ctx, itemIndex, payment);
	},
};
