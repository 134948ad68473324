import { requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { INVOICE_STATUSES } from '../../mapping/codes';
import { statusQuery } from '../../mapping/invoice';
import { bitFakturaRequest } from '../../transport';
import { invoiceLocator } from './fields';

export const changeStatus: OperationModule = {
	option: {
		value: 'changeStatus',
		name: 'Change Status',
		action: 'Mark an invoice as paid, sent or rejected',
		description: 'Set an invoice’s status without changing anything else on it',
	},
	kind: 'write',
	properties: [invoiceLocator, { displayName: 'Status', name: 'status', type: 'options', options: INVOICE_STATUSES, default: 'paid', required: true }],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'invoiceId', itemIndex, 'Invoice');
		const status = requireText(ctx, 'status', itemIndex, 'Status');
		await bitFakturaRequest<unknown>(ctx, 'POST', `/invoices/${id}/change_status.json`, { qs: statusQuery(status), expect: 'nothing', itemIndex });
		return { id: Number(id), status };
	},
};
