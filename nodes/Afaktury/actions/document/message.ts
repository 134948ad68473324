import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { optionalText, readCollection, requireText } from '../../../core/params';
import type { MessageInput } from '../../mapping/actions';

/** The recipient, subject and text every message action asks for. */
export const messageFields: INodeProperties[] = [
	{ displayName: 'Email', name: 'email', type: 'string', default: '', required: true, placeholder: 'name@email.com', description: 'Where the message goes' },
	{ displayName: 'Subject', name: 'subject', type: 'string', default: '', placeholder: 'e.g. Invoice 1/01/2026' },
	{ displayName: 'Message', name: 'message', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'The text of the email' },
];

export const languageOption: INodeProperties = {
	displayName: 'Language',
	name: 'language',
	type: 'string',
	default: 'pl',
	placeholder: 'e.g. en',
	description: 'The language of the message and the attached document, as a two-letter code',
};

export const sendCopyToMeOption: INodeProperties = {
	displayName: 'Send Copy to Me',
	name: 'sendCopyToMe',
	type: 'boolean',
	default: false,
	description: 'Whether to send a copy of the message to the account\'s own address',
};

export function readMessage(ctx: IExecuteFunctions, itemIndex: number): MessageInput {
	const options = readCollection(ctx, 'options', itemIndex);
	return {
		email: requireText(ctx, 'email', itemIndex, 'Email'),
		subject: optionalText(ctx.getNodeParameter('subject', itemIndex, '')),
		message: optionalText(ctx.getNodeParameter('message', itemIndex, '')),
		language: optionalText(options.language),
		sendCopyToMe: typeof options.sendCopyToMe === 'boolean' ? options.sendCopyToMe : undefined,
	};
}
