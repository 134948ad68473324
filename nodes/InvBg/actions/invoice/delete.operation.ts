import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { v3Change } from '../../transport';

/** INFERRED: inv.bg deletes only drafts; an issued document is annulled instead, and says so when refused. */
export const deleteInvoice: OperationModule = {
	option: { ...standardOperation('delete', 'Invoice', 'Invoices'), description: 'Delete a draft; an issued document is annulled instead' },
	kind: 'write',
	properties: [invoiceLocator],
	async execute(ctx, itemIndex) {
		const id = readInvoiceId(ctx, itemIndex);
		await v3Change(ctx, 'DELETE', `/invoices/${id}`, { itemIndex });
		return { deleted: true, id };
	},
};
