import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { IdShape } from '../core/fields/locator';
import { idLocator } from '../core/fields/locator';
import { requireId } from '../core/params';

/** Every document action takes the document's hash: up to 10 letters and digits (the vendor page). */
export const DOCUMENT_HASH: IdShape = { pattern: '^[A-Za-z0-9]{1,10}$', example: 'ab12cd34ef', words: 'a hash of up to 10 letters and digits' };

const DOCUMENT_PARAMETER = 'documentHash';

/** A document of the chosen type, From List (newest first, searched by Afaktury's phrase search) or By ID (its hash). */
export const documentLocator: INodeProperties = idLocator({
	name: DOCUMENT_PARAMETER,
	label: 'Document',
	searchMethod: 'searchDocuments',
	idShape: DOCUMENT_HASH,
	description: 'The document, picked from the list or by its hash',
});

export function readDocumentHash(ctx: IExecuteFunctions, itemIndex: number): string {
	return requireId(ctx, DOCUMENT_PARAMETER, itemIndex, 'Document', DOCUMENT_HASH);
}

/** A catalogue product for a line, From List (searched by name) or By ID; its price and rate are still the line's own. */
export const productLocator: INodeProperties = idLocator({
	name: 'product',
	label: 'Product',
	searchMethod: 'searchProducts',
	required: false,
	description: 'A product of the catalogue the line is linked to',
});
