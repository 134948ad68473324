import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { paymentOf } from '../../mapping/records';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { amountField, paymentFields, paymentLocator, paymentNameField, readPayment } from './fields';

/** Payments, unlike the other records, are changed with PATCH: only the fields sent change. */
export const updatePayment: OperationModule = {
	option: standardOperation('update', 'Payment', 'Payments'),
	kind: 'write',
	properties: [paymentLocator, fieldsCollection('updateFields', alphabetical([amountField, paymentNameField, ...paymentFields]))],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'paymentId', itemIndex, 'Payment');
		const values = readCollection(ctx, 'updateFields', itemIndex);
		const changes = paymentOf({ name: optionalText(values.name), ...(await readPayment(ctx, itemIndex, 'updateFields', values)) });
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields".');
		}
		return await bitFakturaRequest<IDataObject>(ctx, 'PATCH', `/banking/payments/${id}.json`, { body: wrapped('payment', changes), expect: 'object', itemIndex });
	},
};
