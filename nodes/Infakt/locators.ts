import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idLocator, UUID_ID, WHOLE_NUMBER_ID } from '../core/fields/locator';
import { requireId } from '../core/params';

/*
 * The records a user picks, From List or By ID. No By URL: inFakt's documentation prints no address of a
 * record in its web app, and one guessed could point at another record.
 */

export const invoiceLocator: INodeProperties = idLocator({
	name: 'invoiceId',
	label: 'Invoice',
	searchMethod: 'searchInvoices',
	idShape: UUID_ID,
	description: 'The invoice, picked from the list (newest first) or by its UUID',
});

export const clientLocator: INodeProperties = idLocator({ name: 'clientId', label: 'Client', searchMethod: 'searchClients', idShape: WHOLE_NUMBER_ID });

export const productLocator: INodeProperties = idLocator({ name: 'productId', label: 'Product', searchMethod: 'searchProducts', idShape: WHOLE_NUMBER_ID });

export const bankAccountLocator: INodeProperties = idLocator({
	name: 'bankAccount',
	label: 'Bank Account',
	searchMethod: 'searchBankAccounts',
	idShape: WHOLE_NUMBER_ID,
	required: false,
	description: 'An account of inFakt → Bank accounts; its number, bank name and SWIFT are printed on the invoice',
});

export function readInvoiceId(ctx: IExecuteFunctions, itemIndex: number): string {
	return requireId(ctx, 'invoiceId', itemIndex, 'Invoice', UUID_ID);
}

export function readClientId(ctx: IExecuteFunctions, itemIndex: number): string {
	return requireId(ctx, 'clientId', itemIndex, 'Client', WHOLE_NUMBER_ID);
}

export function readProductId(ctx: IExecuteFunctions, itemIndex: number): string {
	return requireId(ctx, 'productId', itemIndex, 'Product', WHOLE_NUMBER_ID);
}
