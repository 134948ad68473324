import { optionalText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { cancelBody } from '../../mapping/invoice';
import { bitFakturaRequest } from '../../transport';
import { invoiceLocator } from './fields';

/** Cancelling keeps the document and its number in the register, as tax rules want; Delete removes it. */
export const cancelInvoice: OperationModule = {
	option: {
		value: 'cancel',
		name: 'Cancel',
		action: 'Cancel an invoice, keeping it on record',
		description: 'Cancel an invoice, keeping it and its number in the register with a reason',
	},
	kind: 'write',
	properties: [
		invoiceLocator,
		{ displayName: 'Reason', name: 'reason', type: 'string', default: '', placeholder: 'e.g. Order withdrawn', description: 'Why the invoice is cancelled; kept with the invoice' },
	],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'invoiceId', itemIndex, 'Invoice');
		const reason = optionalText(ctx.getNodeParameter('reason', itemIndex, ''));
		await bitFakturaRequest<unknown>(ctx, 'POST', '/invoices/cancel.json', { body: cancelBody(id, reason), expect: 'nothing', itemIndex });
		return { id: Number(id), cancelled: true, ...(reason === undefined ? {} : { reason }) };
	},
};
