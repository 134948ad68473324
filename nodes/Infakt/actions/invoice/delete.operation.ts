import { deleteOperation } from '../../../core/deleteOperation';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { infaktRequest } from '../../transport';

export const deleteInvoice = deleteOperation(
	{ label: 'Invoice', plural: 'Invoices', description: 'Delete an invoice for good', properties: [invoiceLocator] },
	async (ctx, itemIndex) => {
		const uuid = readInvoiceId(ctx, itemIndex);
		await infaktRequest<unknown>(ctx, 'DELETE', `/invoices/${uuid}.json`, { expect: 'nothing', itemIndex });
		return uuid;
	},
);
