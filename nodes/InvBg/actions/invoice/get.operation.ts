import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { invoiceNow } from './fields';

export const getInvoice: OperationModule = {
	option: { ...standardOperation('get', 'Invoice', 'Invoices'), description: 'Get an invoice with its lines and balance' },
	kind: 'read',
	properties: [invoiceLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		return await invoiceNow(ctx, itemIndex, readInvoiceId(ctx, itemIndex));
	},
};
