import { simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { documentLocator, readDocumentHash } from '../../locators';
import { documentPath } from '../../mapping/modules';
import { afakturyRequest } from '../../transport';
import { documentTypeField, outputDocuments, readModule } from './fields';

export const getDocument: OperationModule = {
	option: { ...standardOperation('get', 'Document', 'Documents'), description: 'Get a document with its line items' },
	kind: 'read',
	properties: [documentTypeField, documentLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const hash = readDocumentHash(ctx, itemIndex);
		const envelope = await afakturyRequest(ctx, 'GET', documentPath(module), { qs: { hash }, itemIndex });
		return await outputDocuments(ctx, itemIndex, module, envelope.records);
	},
};
