import { fieldsCollection } from '../../../core/fields/common';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { documentLocator, readDocumentHash } from '../../locators';
import { configPrint, messageBody, printOptionsField, REMINDER_OPTIONS } from '../../mapping/actions';
import { actionPath } from '../../mapping/modules';
import { afakturyRequest } from '../../transport';
import { documentTypeField, readModule } from './fields';
import { languageOption, messageFields, readMessage, sendCopyToMeOption } from './message';
import { sent } from './output';

export const sendReminder: OperationModule = {
	option: {
		value: 'sendReminder',
		name: 'Send Reminder',
		action: 'Send a payment reminder for a document',
		description: 'Email a payment reminder, a last reminder or thanks for the payment',
	},
	kind: 'write',
	properties: [
		documentTypeField,
		documentLocator,
		{ displayName: 'Reminder Type', name: 'reminderType', type: 'options', options: REMINDER_OPTIONS, default: 1 },
		...messageFields,
		{ displayName: 'Attach Document', name: 'attachDocument', type: 'boolean', default: true, description: 'Whether to attach the document as a PDF' },
		fieldsCollection('options', [languageOption, sendCopyToMeOption]),
		printOptionsField,
	],
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const hash = readDocumentHash(ctx, itemIndex);
		const print = configPrint(readCollection(ctx, 'printOptions', itemIndex));
		const body = {
			hash,
			...messageBody(readMessage(ctx, itemIndex)),
			kind: ctx.getNodeParameter('reminderType', itemIndex, 1) as number,
			sendDocument: ctx.getNodeParameter('attachDocument', itemIndex, true) === true ? 1 : 0,
			...(print !== undefined && { configPrint: print }),
		};
		return sent([hash], await afakturyRequest(ctx, 'PUT', actionPath(module, 'sendreminder'), { body, itemIndex }));
	},
};
