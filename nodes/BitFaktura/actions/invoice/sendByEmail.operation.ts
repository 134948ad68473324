import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { fieldsCollection } from '../../../core/fields/common';
import { optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { PRINT_OPTIONS } from '../../mapping/codes';
import { emailQuery } from '../../mapping/invoice';
import { bitFakturaRequest } from '../../transport';
import { invoiceLocator } from './fields';

/** The engine sends to at most five addresses at once (the Polish edition's docs, Fakturownia). */
const MAX_RECIPIENTS = 5;
const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

function addressList(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): string[] {
	const addresses = String(value ?? '')
		.split(',')
		.map((address) => address.trim())
		.filter((address) => address !== '');
	const invalid = addresses.find((address) => !EMAIL.test(address));
	if (invalid !== undefined) throw inputError(ctx.getNode(), `${label}: "${invalid}" is not an e-mail address`, itemIndex);
	return addresses;
}

/** The service refuses in a 200 answer (`{"status":"error"}`), which the transport reads as the failure it is. */
export const sendByEmail: OperationModule = {
	option: {
		value: 'sendByEmail',
		name: 'Send by Email',
		action: 'Email an invoice to the buyer',
		description: 'Send the invoice to the buyer’s address, or to up to five others, with or without the PDF',
	},
	kind: 'write',
	properties: [
		invoiceLocator,
		fieldsCollection('options', [
			{ displayName: 'Attach PDF', name: 'attachPdf', type: 'boolean', default: true, description: 'Whether to attach the PDF rather than only link to the invoice' },
			{ displayName: 'CC', name: 'cc', type: 'string', default: '', placeholder: 'e.g. accounts@example.com', description: 'Comma-separated addresses to copy' },
			{ displayName: 'Print Option', name: 'printOption', type: 'options', options: PRINT_OPTIONS, default: 'original' },
			{ displayName: 'To', name: 'to', type: 'string', default: '', placeholder: 'e.g. buyer@example.com', description: 'Comma-separated recipients, up to five; the buyer’s e-mail on the invoice when empty' },
			{ displayName: 'Update Buyer Email', name: 'updateBuyerEmail', type: 'boolean', default: false, description: 'Whether to store the To address as the buyer’s e-mail on the invoice' },
		]),
	],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'invoiceId', itemIndex, 'Invoice');
		const options = readCollection(ctx, 'options', itemIndex);
		const to = addressList(ctx, itemIndex, options.to, 'To');
		const cc = addressList(ctx, itemIndex, options.cc, 'CC');
		if (to.length > MAX_RECIPIENTS) {
			throw inputError(ctx.getNode(), `To has ${to.length} addresses; BitFaktura sends to at most ${MAX_RECIPIENTS}`, itemIndex);
		}
		const qs = emailQuery({
			to,
			cc,
			attachPdf: options.attachPdf !== false,
			updateBuyerEmail: options.updateBuyerEmail === true,
			printOption: optionalText(options.printOption),
		});
		const answer = await bitFakturaRequest<IDataObject>(ctx, 'POST', `/invoices/${id}/send_by_email.json`, { qs, expect: 'object', itemIndex });
		return { id: Number(id), sent: true, to, ...answer };
	},
};
