import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { simplifyInvoice } from '../../mapping';

/** The invoice as the user asked: the canonical shape (Simplify) or the service's full record. */
export function outputInvoice(ctx: IExecuteFunctions, itemIndex: number, invoice: IDataObject): IDataObject {
	const simplify = ctx.getNodeParameter('simplify', itemIndex, false) as boolean;
	return simplify ? (simplifyInvoice(invoice) as unknown as IDataObject) : invoice;
}
