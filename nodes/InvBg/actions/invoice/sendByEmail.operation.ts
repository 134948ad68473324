import { fieldsCollection } from '../../../core/fields/common';
import { optionalText, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { invoiceLocator, readInvoiceId } from '../../locators';
import { v3EmailBody } from '../../mapping/invoice';
import { v3Request } from '../../transport';

export const sendByEmail: OperationModule = {
	option: { value: 'sendByEmail', name: 'Send by Email', action: 'Send an invoice by email', description: 'Mail the document as a link or an attached PDF' },
	kind: 'write',
	properties: [
		invoiceLocator,
		{ displayName: 'Recipient Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', required: true },
		{
			displayName: 'Delivery',
			name: 'delivery',
			type: 'options',
			options: [
				{ name: 'Link', value: 'link', description: 'A link to the document on inv.bg' },
				{ name: 'Attached File', value: 'file', description: 'The PDF attached to the e-mail' },
			],
			default: 'link',
		},
		fieldsCollection('options', [
			{
				displayName: 'Document Language',
				name: 'language',
				type: 'options',
				options: [
					{ name: 'Bulgarian', value: 'bg' },
					{ name: 'English', value: 'en' },
				],
				default: 'bg',
				description: 'The language of the document sent',
			},
			{ displayName: 'Message', name: 'message', type: 'string', typeOptions: { rows: 4 }, default: '' },
			{ displayName: 'Subject', name: 'subject', type: 'string', default: '' },
		]),
	],
	async execute(ctx, itemIndex) {
		const id = readInvoiceId(ctx, itemIndex);
		const email = requireText(ctx, 'email', itemIndex, 'Recipient Email');
		const options = readCollection(ctx, 'options', itemIndex);
		const body = v3EmailBody({
			email,
			subject: optionalText(options.subject),
			message: optionalText(options.message),
			delivery: ctx.getNodeParameter('delivery', itemIndex, 'link') as string,
			language: optionalText(options.language),
		});
		await v3Request(ctx, 'POST', `/invoices/${id}/emails`, { body, itemIndex });
		return { sent: true, id, email };
	},
};
