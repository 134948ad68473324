import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { v3Request } from '../../transport';
import { simplifyV3Invoice } from '../../mapping/invoice';
import { simplifiedAll } from '../../../core/output';

/** The invoices as the user asked: the shared invoice shape (Simplify, on by default) or inv.bg's full record. */
export function outputInvoices(ctx: IExecuteFunctions, itemIndex: number, records: IDataObject[]): IDataObject[] {
	return simplifiedAll(ctx, itemIndex, records, simplifyV3Invoice);
}

/** The invoice as it is now: v3 answers a change with 204 and a create with its ID and number only. */
export async function invoiceNow(ctx: IExecuteFunctions, itemIndex: number, id: string | number): Promise<IDataObject[]> {
	return outputInvoices(ctx, itemIndex, [await v3Request(ctx, 'GET', `/invoices/${id}`, { itemIndex })]);
}
