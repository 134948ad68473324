import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { fetchInvoice, invoiceLocator, outputInvoice } from './fields';

/** One invoice with its line items, which lists leave out unless asked. */
export const getInvoice: OperationModule = {
	option: { ...standardOperation('get', 'Invoice', 'Invoices'), description: 'Get an invoice with its line items' },
	kind: 'read',
	properties: [invoiceLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'invoiceId', itemIndex, 'Invoice');
		return outputInvoice(ctx, itemIndex, await fetchInvoice(ctx, itemIndex, id));
	},
};
