import { returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import type { OperationModule } from '../../../core/router';
import { paymentListQuery } from '../../mapping/records';
import { bitFakturaList } from '../../transport';
import { outputPayment } from './fields';

export const getManyPayments: OperationModule = {
	option: standardOperation('getMany', 'Payment', 'Payments'),
	kind: 'read',
	properties: [
		...returnAllAndLimit({}),
		{ displayName: 'Include Invoices', name: 'includeInvoices', type: 'boolean', default: false, description: 'Whether to embed the invoices each payment settles (in the full record, with Simplify off)' },
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const query = paymentListQuery(ctx.getNodeParameter('includeInvoices', itemIndex, false) === true);
		const payments = await bitFakturaList(ctx, '/banking/payments.json', query, readListLimits(ctx, itemIndex), itemIndex);
		return payments.map((payment) => outputPayment(ctx, itemIndex, payment));
	},
};
