import { deleteOperation } from '../../../core/deleteOperation';
import { documentLocator, readDocumentHash } from '../../locators';
import { documentPath } from '../../mapping/modules';
import { afakturyRequest } from '../../transport';
import { documentTypeField, readModule } from './fields';

/** The hash goes in the JSON body, as for every write (INFERRED: the vendor page shows no body placement for DELETE). */
export const deleteDocument = deleteOperation(
	{ label: 'Document', plural: 'Documents', description: 'Delete a document for good', properties: [documentTypeField, documentLocator] },
	async (ctx, itemIndex) => {
		const module = readModule(ctx, itemIndex);
		const hash = readDocumentHash(ctx, itemIndex);
		await afakturyRequest(ctx, 'DELETE', documentPath(module), { body: { hash }, itemIndex });
		return hash;
	},
);
