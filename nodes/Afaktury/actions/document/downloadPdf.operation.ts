import { fileItem } from '../../../core/binary';
import { binaryPropertyField, fieldsCollection } from '../../../core/fields/common';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { documentLocator, readDocumentHash } from '../../locators';
import { configPrint, COPIES_OPTIONS, printOptionsField, TEMPLATE_OPTIONS } from '../../mapping/actions';
import { actionPath } from '../../mapping/modules';
import { afakturyDownload } from '../../transport';
import { documentTypeField, readModule } from './fields';

/** INFERRED: the PDF comes as the file's bytes (`application/pdf`); a refusal still comes as the JSON envelope. */
export const downloadPdf: OperationModule = {
	option: {
		value: 'downloadPdf',
		name: 'Download PDF',
		action: 'Download a document as PDF',
		description: 'Put the printed document, as one copy, two copies or a duplicate, in a binary property',
	},
	kind: 'read',
	properties: [
		documentTypeField,
		documentLocator,
		{ displayName: 'Copies', name: 'copies', type: 'options', options: COPIES_OPTIONS, default: 1 },
		fieldsCollection('options', [
			{ displayName: 'Language', name: 'language', type: 'string', default: 'pl', placeholder: 'e.g. en', description: 'The printout\'s language as a two-letter code' },
			{ displayName: 'Template', name: 'template', type: 'options', options: TEMPLATE_OPTIONS, default: 'std' },
		]),
		printOptionsField,
		binaryPropertyField({}, 'Name of the binary property to put the PDF in'),
	],
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const hash = readDocumentHash(ctx, itemIndex);
		const copies = ctx.getNodeParameter('copies', itemIndex, 1) as number;
		const options = readCollection(ctx, 'options', itemIndex);
		const print = configPrint(readCollection(ctx, 'printOptions', itemIndex));
		const propertyName = requireText(ctx, 'binaryPropertyName', itemIndex, 'Binary Property');
		const query = {
			hash,
			kind: copies,
			tpl: typeof options.template === 'string' ? options.template : 'std',
			lang: typeof options.language === 'string' && options.language.trim() !== '' ? options.language.trim() : 'pl',
			...(print !== undefined && { configPrint: print }),
		};
		const response = await afakturyDownload(ctx, actionPath(module, 'pdf'), query, itemIndex);
		return await fileItem(ctx, {
			data: Buffer.from(response.body),
			fileName: `${module}-${hash}.pdf`,
			mimeType: 'application/pdf',
			propertyName,
			json: { id: hash, documentType: module, copies },
		});
	},
};
