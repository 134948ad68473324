import { inputError } from '../../../core/errors';
import { fieldsCollection } from '../../../core/fields/common';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { DOCUMENT_HASH } from '../../locators';
import { COPIES_OPTIONS, messageBody } from '../../mapping/actions';
import { actionPath } from '../../mapping/modules';
import { afakturyRequest } from '../../transport';
import { documentTypeField, readModule } from './fields';
import { languageOption, messageFields, readMessage } from './message';
import { sent } from './output';

/** Several documents in one message, as the accountant wants them at the end of a month. */
export const sendToAccountant: OperationModule = {
	option: {
		value: 'sendToAccountant',
		name: 'Send to Accountant',
		action: 'Send documents to the accountant',
		description: 'Email several documents at once to the accountant',
	},
	kind: 'write',
	properties: [
		documentTypeField,
		{
			displayName: 'Document IDs',
			name: 'documentHashes',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. ab12cd34ef, 9876543210',
			description: 'The hashes of the documents, separated by commas',
		},
		...messageFields,
		// INFERRED: the vendor page lists the reminder kinds here, which reads as a copy-paste; the print kind is sent.
		fieldsCollection('options', [{ displayName: 'Copies', name: 'copies', type: 'options', options: COPIES_OPTIONS, default: 1 }, languageOption]),
	],
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const hashes = String(ctx.getNodeParameter('documentHashes', itemIndex, ''))
			.split(',')
			.map((hash) => hash.trim())
			.filter((hash) => hash !== '');
		if (hashes.length === 0) throw inputError(ctx.getNode(), 'Document IDs are required', itemIndex, 'Enter the hashes of the documents, separated by commas.');
		const malformed = hashes.find((hash) => !new RegExp(DOCUMENT_HASH.pattern).test(hash));
		if (malformed !== undefined) throw inputError(ctx.getNode(), `Document IDs: "${malformed}" is not ${DOCUMENT_HASH.words}`, itemIndex);
		const options = readCollection(ctx, 'options', itemIndex);
		const { sendToMe: _notHere, ...message } = messageBody(readMessage(ctx, itemIndex));
		const body = { ids: hashes, ...message, kind: typeof options.copies === 'number' ? options.copies : 1 };
		return sent(hashes, await afakturyRequest(ctx, 'PUT', actionPath(module, 'sendtoaccountant'), { body, itemIndex }));
	},
};
