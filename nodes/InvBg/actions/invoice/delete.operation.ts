import { deleteOperation } from '../../../core/deleteOperation';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { v3Change } from '../../transport';

/** INFERRED: inv.bg deletes only drafts; an issued document is annulled instead, and says so when refused. */
export const deleteInvoice = deleteOperation(
	{ label: 'Invoice', plural: 'Invoices', description: 'Delete a draft; an issued document is annulled instead', properties: [invoiceLocator] },
	async (ctx, itemIndex) => {
		const id = readInvoiceId(ctx, itemIndex);
		await v3Change(ctx, 'DELETE', `/invoices/${id}`, { itemIndex });
		return id;
	},
);
