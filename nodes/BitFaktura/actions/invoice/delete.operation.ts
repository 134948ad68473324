import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { deleted } from '../output';
import { invoiceLocator } from './fields';

/** Removes the invoice and its number; Cancel keeps both in the register, as tax rules usually want. */
export const deleteInvoice: OperationModule = {
	option: { ...standardOperation('delete', 'Invoice', 'Invoices'), description: 'Delete an invoice for good; Cancel keeps it on record' },
	kind: 'write',
	properties: [invoiceLocator],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'invoiceId', itemIndex, 'Invoice');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/invoices/${id}.json`, { expect: 'nothing', itemIndex });
		return deleted(id);
	},
};
