import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator } from '../../locators';
import { getDocument } from '../document/operations';
import { documentTypeField, INVOICE, readInvoiceType } from './fields';

export const get: OperationModule = {
	option: standardOperation('get', 'Invoice', 'Invoices'),
	properties: [documentTypeField(), invoiceLocator(), simplifyField({})],
	kind: 'read',
	execute: async (ctx, itemIndex) => await getDocument(ctx, itemIndex, readInvoiceType(ctx, itemIndex), INVOICE),
};
