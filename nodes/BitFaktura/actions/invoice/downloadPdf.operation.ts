import { fileItem } from '../../../core/binary';
import { binaryPropertyField } from '../../../core/fields/common';
import type { OperationModule } from '../../../core/router';
import { requireText } from '../../../core/params';
import { pickedId } from '../../locators';
import { PRINT_OPTIONS } from '../../mapping/codes';
import { printQuery } from '../../mapping/invoice';
import { bitFakturaDownload } from '../../transport';
import { invoiceLocator } from './fields';

/** The name the service gives the file, else one made from the ID. */
function fileNameFrom(disposition: unknown, fallback: string): string {
	const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(String(disposition ?? ''));
	return match ? decodeURIComponent(match[1]) : fallback;
}

export const downloadPdf: OperationModule = {
	option: {
		value: 'downloadPdf',
		name: 'Download PDF',
		action: 'Download an invoice as PDF',
		description: 'Put the printed invoice, as original, copy or duplicate, in a binary property',
	},
	kind: 'read',
	properties: [
		invoiceLocator,
		{ displayName: 'Print Option', name: 'printOption', type: 'options', options: PRINT_OPTIONS, default: 'original' },
		binaryPropertyField({}, 'Name of the binary property to put the PDF in'),
	],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'invoiceId', itemIndex, 'Invoice');
		const printOption = ctx.getNodeParameter('printOption', itemIndex, 'original') as string;
		const propertyName = requireText(ctx, 'binaryPropertyName', itemIndex, 'Binary Property');
		const response = await bitFakturaDownload(ctx, `/invoices/${id}.pdf`, { qs: printQuery(printOption), itemIndex });
		return await fileItem(ctx, {
			data: Buffer.from(response.body),
			fileName: fileNameFrom(response.headers['content-disposition'], `invoice-${id}.pdf`),
			mimeType: 'application/pdf',
			propertyName,
			json: { id: Number(id), printOption },
		});
	},
};
