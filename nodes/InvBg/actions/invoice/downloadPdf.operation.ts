import { fileItem } from '../../../core/binary';
import { binaryPropertyField } from '../../../core/fields/common';
import { requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { v3Download } from '../../transport';

/** The PDF is in the credential's language (its `Accept-Language`). */
export const downloadPdf: OperationModule = {
	option: { value: 'downloadPdf', name: 'Download PDF', action: 'Download an invoice as PDF', description: 'Put the printed document in a binary property' },
	kind: 'read',
	properties: [invoiceLocator, binaryPropertyField({}, 'Name of the binary property to put the PDF in')],
	async execute(ctx, itemIndex) {
		const id = readInvoiceId(ctx, itemIndex);
		const propertyName = requireText(ctx, 'binaryPropertyName', itemIndex, 'Binary Property');
		const response = await v3Download(ctx, `/invoices/${id}/pdf`, itemIndex);
		return await fileItem(ctx, { data: Buffer.from(response.body), fileName: `invoice-${id}.pdf`, mimeType: 'application/pdf', propertyName, json: { id } });
	},
};
