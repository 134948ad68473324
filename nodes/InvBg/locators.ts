import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idLocator } from '../core/fields/locator';
import { requireId } from '../core/params';

/**
 * inv.bg's records are numbered (whole-number IDs). No By URL mode: the web app's addresses of records are
 * not documented anywhere this node's facts come from.
 */
export const invoiceLocator: INodeProperties = idLocator({ name: 'invoice', label: 'Invoice', searchMethod: 'searchInvoices' });
export const clientLocator: INodeProperties = idLocator({ name: 'client', label: 'Client', searchMethod: 'searchClients' });
export const itemLocator: INodeProperties = idLocator({ name: 'item', label: 'Item', searchMethod: 'searchItems' });

export const bankAccountLocator: INodeProperties = idLocator({
	name: 'bankAccount',
	label: 'Bank Account',
	searchMethod: 'searchBankAccounts',
	required: false,
	description: 'The account printed on the invoice for the payment; the company\'s default when empty',
});

export const readInvoiceId = (ctx: IExecuteFunctions, itemIndex: number): string => requireId(ctx, 'invoice', itemIndex, 'Invoice');
export const readClientId = (ctx: IExecuteFunctions, itemIndex: number): string => requireId(ctx, 'client', itemIndex, 'Client');
export const readItemId = (ctx: IExecuteFunctions, itemIndex: number): string => requireId(ctx, 'item', itemIndex, 'Item');
