import type { OperationModule } from '../../../core/router';
import { invoiceLocator } from '../../locators';
import { DOWNLOAD_FIELDS } from '../document/fields';
import { downloadDocument } from '../document/operations';
import { documentTypeField, INVOICE, readInvoiceType } from './fields';

export const download: OperationModule = {
	option: { value: 'download', name: 'Download', action: 'Download an invoice as PDF or XML' },
	properties: [documentTypeField(), invoiceLocator(), ...DOWNLOAD_FIELDS],
	kind: 'read',
	execute: async (ctx, itemIndex) => await downloadDocument(ctx, itemIndex, readInvoiceType(ctx, itemIndex), INVOICE),
};
