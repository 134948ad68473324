import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { fileItem } from '../../../core/binary';
import { inputError } from '../../../core/errors';
import { binaryPropertyField, fieldsCollection } from '../../../core/fields/common';
import { readCollection, readText, requireId, requireText } from '../../../core/params';
import type { Operation } from '../../../core/router';
import { bitFakturaDownload, bitFakturaRequest } from '../../transport';
import { INVOICE_STATUSES, PRINT_OPTIONS } from './details';
import { invoiceIdField } from './fields';

/** The service sends to at most five addresses at once (FK). */
const MAX_RECIPIENTS = 5;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

export const downloadPdfFields: INodeProperties[] = [
	invoiceIdField,
	{ displayName: 'Print Option', name: 'printOption', type: 'options', options: PRINT_OPTIONS, default: 'original' },
	binaryPropertyField({}, 'Name of the binary property to put the PDF in'),
];

function fileNameFrom(disposition: unknown, fallback: string): string {
	const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(String(disposition ?? ''));
	return match ? decodeURIComponent(match[1]) : fallback;
}

export const downloadPdf: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const id = requireId(ctx, 'invoiceId', itemIndex, 'Invoice ID');
		const printOption = ctx.getNodeParameter('printOption', itemIndex, 'original') as string;
		const propertyName = requireText(ctx, 'binaryPropertyName', itemIndex, 'Binary Property');
		const response = await bitFakturaDownload(ctx, `/invoices/${id}.pdf`, { qs: { print_option: printOption }, itemIndex });
		return await fileItem(ctx, {
			data: Buffer.from(response.body),
			fileName: fileNameFrom(response.headers['content-disposition'], `invoice-${id}.pdf`),
			mimeType: 'application/pdf',
			propertyName,
			json: { id: Number(id), printOption },
		});
	},
};

export const sendByEmailFields: INodeProperties[] = [
	invoiceIdField,
	fieldsCollection('options', [
			{ displayName: 'Attach PDF', name: 'attachPdf', type: 'boolean', default: true, description: 'Whether to attach the PDF rather than only link to the invoice' },
			{ displayName: 'CC', name: 'cc', type: 'string', default: '', description: 'Comma-separated addresses to copy' },
			{ displayName: 'Print Option', name: 'printOption', type: 'options', options: PRINT_OPTIONS, default: 'original' },
			{ displayName: 'To', name: 'to', type: 'string', default: '', placeholder: 'buyer@example.com', description: 'Comma-separated recipients, up to five; the buyer’s e-mail on the invoice when empty' },
			{ displayName: 'Update Buyer Email', name: 'updateBuyerEmail', type: 'boolean', default: false, description: 'Whether to store the To address as the buyer’s e-mail on the invoice' },
		]),
];

function addressList(ctx: Parameters<Operation['execute']>[0], itemIndex: number, value: unknown, label: string): string[] {
	const addresses = String(value ?? '')
		.split(',')
		.map((address) => address.trim())
		.filter((address) => address !== '');
	const invalid = addresses.find((address) => !EMAIL.test(address));
	if (invalid !== undefined) throw inputError(ctx.getNode(), `${label}: "${invalid}" is not an e-mail address`, itemIndex);
	return addresses;
}

export const sendByEmail: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const id = requireId(ctx, 'invoiceId', itemIndex, 'Invoice ID');
		const options = readCollection(ctx, 'options', itemIndex);
		const to = addressList(ctx, itemIndex, options.to, 'To');
		const cc = addressList(ctx, itemIndex, options.cc, 'CC');
		if (to.length > MAX_RECIPIENTS) {
			throw inputError(ctx.getNode(), `To has ${to.length} addresses; BitFaktura sends to at most ${MAX_RECIPIENTS}`, itemIndex);
		}
		const qs: IDataObject = {};
		if (to.length > 0) qs.email_to = to.join(',');
		if (cc.length > 0) qs.email_cc = cc.join(',');
		if (options.attachPdf !== false) qs.email_pdf = true;
		if (options.updateBuyerEmail === true) qs.update_buyer_email = true;
		if (options.printOption !== undefined) qs.print_option = options.printOption;
		const answer = await bitFakturaRequest<IDataObject>(ctx, 'POST', `/invoices/${id}/send_by_email.json`, { qs, expect: 'object', itemIndex });
		return { id: Number(id), sent: true, to, ...answer };
	},
};

export const changeStatusFields: INodeProperties[] = [
	invoiceIdField,
	{ displayName: 'Status', name: 'status', type: 'options', options: INVOICE_STATUSES, default: 'paid', required: true },
];

export const changeStatus: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const id = requireId(ctx, 'invoiceId', itemIndex, 'Invoice ID');
		const status = requireText(ctx, 'status', itemIndex, 'Status');
		await bitFakturaRequest<unknown>(ctx, 'POST', `/invoices/${id}/change_status.json`, { qs: { status }, expect: 'nothing', itemIndex });
		return { id: Number(id), status };
	},
};

export const cancelFields: INodeProperties[] = [
	invoiceIdField,
	{ displayName: 'Reason', name: 'reason', type: 'string', default: '', description: 'Why the invoice is cancelled; kept with the invoice' },
];

/** Cancelling keeps the document and its number in the register, as tax rules want; Delete removes it. */
export const cancelInvoice: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const id = requireId(ctx, 'invoiceId', itemIndex, 'Invoice ID');
		const reason = readText(ctx, 'reason', itemIndex);
		const body: IDataObject = { cancel_invoice_id: Number(id) };
		if (reason !== '') body.cancel_reason = reason;
		await bitFakturaRequest<unknown>(ctx, 'POST', '/invoices/cancel.json', { body, expect: 'nothing', itemIndex });
		return { id: Number(id), cancelled: true, ...(reason !== '' ? { reason } : {}) };
	},
};
