import type { IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import type { DocumentType } from '../../mapping/documentTypes';
import { DOMESTIC_ENDPOINT, INVOICE_TYPE_OPTIONS, invoiceType } from '../../mapping/documentTypes';

export const INVOICE = 'Invoice';

export function documentTypeField(options: INodePropertyOptions[] = INVOICE_TYPE_OPTIONS): INodeProperties {
	return {
		displayName: 'Document Type',
		name: 'documentType',
		type: 'options',
		noDataExpression: true,
		options,
		default: DOMESTIC_ENDPOINT,
		description: 'The kind of invoice; iFirma keeps each kind at its own address',
	};
}

/** The invoice type the item is about; a pro forma chosen here in an older workflow is named. */
export function readInvoiceType(ctx: IExecuteFunctions, itemIndex: number): DocumentType {
	const endpoint = ctx.getNodeParameter('documentType', itemIndex) as string;
	const type = invoiceType(endpoint);
	if (type === undefined) {
		throw inputError(ctx.getNode(), `Document Type "${endpoint}" is not an invoice type`, itemIndex, 'Use the Pro Forma resource for pro formas.');
	}
	return type;
}
