import { fieldsCollection } from '../../../core/fields/common';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { documentLocator, readDocumentHash } from '../../locators';
import { configPrint, COPIES_OPTIONS, messageBody, printOptionsField } from '../../mapping/actions';
import { actionPath } from '../../mapping/modules';
import { afakturyRequest } from '../../transport';
import { documentTypeField, readModule } from './fields';
import { languageOption, messageFields, readMessage, sendCopyToMeOption } from './message';
import { sent } from './output';

export const sendByEmail: OperationModule = {
	option: { value: 'sendByEmail', name: 'Send by Email', action: 'Send a document by email', description: 'Email the document as a PDF' },
	kind: 'write',
	properties: [
		documentTypeField,
		documentLocator,
		...messageFields,
		fieldsCollection('options', [
			{ displayName: 'Copies', name: 'copies', type: 'options', options: COPIES_OPTIONS, default: 1 },
			languageOption,
			sendCopyToMeOption,
		]),
		printOptionsField,
	],
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const hash = readDocumentHash(ctx, itemIndex);
		const options = readCollection(ctx, 'options', itemIndex);
		const print = configPrint(readCollection(ctx, 'printOptions', itemIndex));
		const body = {
			hash,
			...messageBody(readMessage(ctx, itemIndex)),
			kind: typeof options.copies === 'number' ? options.copies : 1,
			...(print !== undefined && { configPrint: print }),
		};
		return sent([hash], await afakturyRequest(ctx, 'PUT', actionPath(module, 'sendmail'), { body, itemIndex }));
	},
};
