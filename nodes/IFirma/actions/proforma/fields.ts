import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { requireText } from '../../../core/params';
import type { ProformaTerms } from '../../mapping/document';
import { DOCUMENT_TEXT_LENGTHS, PROFORMA_KIND_OPTIONS, SALE_PROFORMA } from '../../mapping/document';
import { buyerFields, COMMON_DETAILS, documentLinesField, FOREIGN_LINE_FIELDS, PAYMENT_METHOD_FIELD, PRICE_MODE_FIELD } from '../document/fields';

export const PRO_FORMA = 'Pro Forma';

/** What issuing a pro forma asks, alone or with its invoice: a document's fields and the pro forma's terms. */
export const ISSUE_FIELDS: INodeProperties[] = [
	...buyerFields(),
	PRICE_MODE_FIELD,
	PAYMENT_METHOD_FIELD,
	{
		displayName: 'Pro Forma For',
		name: 'proformaKind',
		type: 'options',
		options: PROFORMA_KIND_OPTIONS,
		default: SALE_PROFORMA,
		description: 'The kind of domestic invoice the pro forma precedes',
	},
	{
		displayName: 'Order Number',
		name: 'orderNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. SHOP-1042',
		description: 'Your order number; the pro forma is found by it later, and a second one for the same order is never issued',
	},
	documentLinesField(FOREIGN_LINE_FIELDS),
	fieldsCollection('additionalFields', COMMON_DETAILS),
	simplifyField({}),
];

export function readProformaTerms(ctx: IExecuteFunctions, itemIndex: number): ProformaTerms {
	return {
		kind: ctx.getNodeParameter('proformaKind', itemIndex) as string,
		orderNumber: requireText(ctx, 'orderNumber', itemIndex, 'Order Number', DOCUMENT_TEXT_LENGTHS.orderNumber),
	};
}
