import { fileItem } from '../../../core/binary';
import { binaryPropertyField } from '../../../core/fields/common';
import { requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { LOCALE_OPTIONS, PDF_DOCUMENT_TYPES } from '../../mapping/codes';
import { pdfQuery } from '../../mapping/invoice';
import { infaktDownload } from '../../transport';

/** inFakt marks the invoice printed when its PDF is fetched. */
export const downloadPdf: OperationModule = {
	option: {
		value: 'downloadPdf',
		name: 'Download PDF',
		action: 'Download an invoice as PDF',
		description: 'Put the printed invoice in a binary property; inFakt marks it printed',
	},
	kind: 'read',
	properties: [
		invoiceLocator,
		{ displayName: 'Document Type', name: 'documentType', type: 'options', options: PDF_DOCUMENT_TYPES, default: 'original', description: 'Which copies the PDF holds' },
		{ displayName: 'Language', name: 'language', type: 'options', options: LOCALE_OPTIONS, default: 'pl' },
		binaryPropertyField({}, 'Name of the binary property to put the PDF in'),
	],
	async execute(ctx, itemIndex) {
		const uuid = readInvoiceId(ctx, itemIndex);
		const documentType = requireText(ctx, 'documentType', itemIndex, 'Document Type');
		const language = requireText(ctx, 'language', itemIndex, 'Language');
		const propertyName = requireText(ctx, 'binaryPropertyName', itemIndex, 'Binary Property');
		const response = await infaktDownload(ctx, `/invoices/${uuid}/pdf.json`, pdfQuery(documentType, language), itemIndex);
		return await fileItem(ctx, {
			data: Buffer.from(response.body),
			fileName: `invoice-${uuid}.pdf`,
			mimeType: 'application/pdf',
			propertyName,
			json: { id: uuid, documentType, language },
		});
	},
};
