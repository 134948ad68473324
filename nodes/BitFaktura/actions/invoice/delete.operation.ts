import { deleteOperation } from '../../../core/deleteOperation';
import { pickedId } from '../../locators';
import { bitFakturaRequest } from '../../transport';
import { invoiceLocator } from './fields';

/** Removes the invoice and its number; Cancel keeps both in the register, as tax rules usually want. */
export const deleteInvoice = deleteOperation(
	{ label: 'Invoice', plural: 'Invoices', description: 'Delete an invoice for good; Cancel keeps it on record', properties: [invoiceLocator] },
	async (ctx, itemIndex) => {
		const id = await pickedId(ctx, 'invoiceId', itemIndex, 'Invoice');
		await bitFakturaRequest<unknown>(ctx, 'DELETE', `/invoices/${id}.json`, { expect: 'nothing', itemIndex });
		return Number(id);
	},
);
