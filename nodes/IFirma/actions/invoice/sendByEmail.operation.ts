import type { OperationModule } from '../../../core/router';
import { invoiceLocator } from '../../locators';
import { SENDABLE_INVOICE_TYPE_OPTIONS } from '../../mapping/documentTypes';
import { SEND_FIELDS } from '../document/fields';
import { sendDocument } from '../document/operations';
import { documentTypeField, INVOICE, readInvoiceType } from './fields';

export const sendByEmail: OperationModule = {
	option: { value: 'sendByEmail', name: 'Send by Email', action: 'Send an invoice by email' },
	properties: [documentTypeField(SENDABLE_INVOICE_TYPE_OPTIONS), invoiceLocator(), ...SEND_FIELDS],
	kind: 'write',
	execute: async (ctx, itemIndex) => await sendDocument(ctx, itemIndex, readInvoiceType(ctx, itemIndex), INVOICE),
};
