import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { infaktRequest } from '../../transport';
import { deleted } from '../output';

export const deleteInvoice: OperationModule = {
	option: { ...standardOperation('delete', 'Invoice', 'Invoices'), description: 'Delete an invoice for good' },
	kind: 'write',
	properties: [invoiceLocator],
	async execute(ctx, itemIndex) {
		const uuid = readInvoiceId(ctx, itemIndex);
		await infaktRequest<unknown>(ctx, 'DELETE', `/invoices/${uuid}.json`, { expect: 'nothing', itemIndex });
		return deleted(uuid);
	},
};
