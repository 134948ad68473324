import { fieldsCollection } from '../../../core/fields/common';
import { optionalText, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { emailBody } from '../../mapping/invoice';
import { LOCALE_OPTIONS, PRINT_TYPES } from '../../mapping/codes';
import { infaktRequest } from '../../transport';

/** inFakt answers 202 with no body and marks the invoice sent. */
export const sendByEmail: OperationModule = {
	option: { value: 'sendByEmail', name: 'Send by Email', action: 'Send an invoice by email', description: 'E-mail the invoice as a PDF; inFakt marks it sent' },
	kind: 'write',
	properties: [
		invoiceLocator,
		{ displayName: 'Print Type', name: 'printType', type: 'options', options: PRINT_TYPES, default: 'original', description: 'Which copy the attached PDF is' },
		fieldsCollection('options', [
			{ displayName: 'Language', name: 'language', type: 'options', options: LOCALE_OPTIONS, default: 'pl' },
			{ displayName: 'Recipient', name: 'recipient', type: 'string', placeholder: 'name@email.com', default: '', description: 'The client\'s e-mail when empty' },
			{ displayName: 'Send a Copy to Me', name: 'sendCopy', type: 'boolean', default: false, description: 'Whether to send a copy to the account\'s own e-mail' },
		]),
	],
	async execute(ctx, itemIndex) {
		const uuid = readInvoiceId(ctx, itemIndex);
		const printType = requireText(ctx, 'printType', itemIndex, 'Print Type');
		const options = readCollection(ctx, 'options', itemIndex);
		const recipient = optionalText(options.recipient);
		const body = emailBody({
			printType,
			language: optionalText(options.language),
			recipient,
			sendCopy: typeof options.sendCopy === 'boolean' ? options.sendCopy : undefined,
		});
		await infaktRequest<unknown>(ctx, 'POST', `/invoices/${uuid}/deliver_via_email.json`, { body, expect: 'nothing', itemIndex });
		return { sent: true, id: uuid, ...(recipient !== undefined && { recipient }) };
	},
};
