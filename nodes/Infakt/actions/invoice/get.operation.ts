import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { fetchInvoice, outputInvoice } from './fields';

export const getInvoice: OperationModule = {
	option: { ...standardOperation('get', 'Invoice', 'Invoices'), description: 'Get a VAT invoice or pro forma with its lines' },
	kind: 'read',
	properties: [invoiceLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		return outputInvoice(ctx, itemIndex, await fetchInvoice(ctx, itemIndex, readInvoiceId(ctx, itemIndex)));
	},
};
