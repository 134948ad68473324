import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { Show } from '../../../core/fields/common';
import { checked, requireText } from '../../../core/params';
import { DOCUMENT_TYPE_OPTIONS, PROFORMA } from '../../documentTypes';
import { documentRef } from '../../mapping';

/** The two resources that share the document operations: every invoice type, and pro formas alone. */
export type DocumentResource = 'invoice' | 'proforma';

/** Where a field of these operations shows: under Invoice also per document type, under Pro Forma always. */
export function documentShow(resource: DocumentResource, operations: string[], types?: string[]): Show | undefined {
	if (resource === 'proforma') return types === undefined || types.includes(PROFORMA) ? { resource: [resource], operation: operations } : undefined;
	return types === undefined ? { resource: [resource], operation: operations } : { resource: [resource], operation: operations, documentType: types };
}

export function documentTypeField(operations: string[], options: INodePropertyOptions[] = DOCUMENT_TYPE_OPTIONS): INodeProperties {
	return {
		displayName: 'Document Type',
		name: 'documentType',
		type: 'options',
		noDataExpression: true,
		options,
		default: 'fakturakraj',
		displayOptions: { show: { resource: ['invoice'], operation: operations } },
		description: 'The kind of document; ifirma keeps each kind at its own address',
	};
}

/** The endpoint of the document the item is about: chosen under Invoice, fixed under Pro Forma. */
export function documentTypeOf(ctx: IExecuteFunctions, itemIndex: number): string {
	if (ctx.getNodeParameter('resource', itemIndex) === 'proforma') return PROFORMA;
	return ctx.getNodeParameter('documentType', itemIndex) as string;
}

export function documentRefField(show: Show, label = 'Document ID or Number'): INodeProperties {
	return {
		displayName: label,
		name: 'documentId',
		type: 'string',
		required: true,
		default: '',
		placeholder: '3654778 or 12/2026',
		description: 'The identifier ifirma returned when the document was issued, or its full number',
		displayOptions: { show },
	};
}

/** The document the item names, in the form ifirma's URLs take (`12/2026` → `12_2026`). */
export function readDocumentRef(ctx: IExecuteFunctions, itemIndex: number, name = 'documentId', label = 'Document ID or Number'): string {
	const value = requireText(ctx, name, itemIndex, label);
	return checked(ctx, itemIndex, () => documentRef(value, label));
}

/** The fields of a document read back, without the envelope's status. */
export function payloadOf(response: IDataObject): IDataObject {
	const payload = { ...response };
	delete payload.Kod;
	delete payload.Informacja;
	return payload;
}
