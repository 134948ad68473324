import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { IdShape } from '../core/fields/locator';
import { idLocator } from '../core/fields/locator';
import { checked, requireId } from '../core/params';
import { documentRef } from './mapping/document';

/** A client's identifier in iFirma: up to 15 characters, chosen by the user or made from the name. */
const CLIENT_IDENTIFIER: IdShape = { pattern: '^.{1,15}$', example: 'ACME1', words: 'at most 15 characters' };

/** A document's addresses take the identifier its issue answered with, or its full number. */
const DOCUMENT_REFERENCE: IdShape = { pattern: '^\\S+$', example: '3654778', words: 'an ID or a full number such as 12/2026' };

/** The parameters keep the names saved workflows know them by, from before they were pickers. */
const CLIENT_PARAMETER = 'contractorId';
const DOCUMENT_PARAMETER = 'documentId';

/**
 * A client From List (searched by name, NIP or identifier) or By ID (its identifier). The search needs
 * a phrase: iFirma lists no clients without one.
 */
export function clientLocator(options: { required?: boolean; description?: string } = {}): INodeProperties {
	const locator = idLocator({ name: CLIENT_PARAMETER, label: 'Client', searchMethod: 'searchClients', idShape: CLIENT_IDENTIFIER, ...options });
	return {
		...locator,
		modes: (locator.modes ?? []).map((mode) =>
			mode.name === 'list' ? { ...mode, typeOptions: { ...mode.typeOptions, searchFilterRequired: true } } : mode,
		),
	};
}

/** A document From List (the newest first, searched by number or buyer), By ID, or By Number as printed. */
function documentLocator(label: string, searchMethod: string, description: string): INodeProperties {
	const locator = idLocator({ name: DOCUMENT_PARAMETER, label, searchMethod, description });
	return {
		...locator,
		modes: [
			...(locator.modes ?? []),
			{
				displayName: 'By Number',
				name: 'number',
				type: 'string',
				placeholder: 'e.g. 12/2026',
				validation: [{ type: 'regex', properties: { regex: DOCUMENT_REFERENCE.pattern, errorMessage: 'A number has no spaces' } }],
			},
		],
	};
}

export const invoiceLocator = (description = 'The invoice, picked from the list, by its ID or by its full number'): INodeProperties =>
	documentLocator('Invoice', 'searchInvoices', description);

export const proformaLocator = (): INodeProperties =>
	documentLocator('Pro Forma', 'searchProformas', 'The pro forma, picked from the list, by its ID or by its full number');

export function readClientId(ctx: IExecuteFunctions, itemIndex: number): string {
	return requireId(ctx, CLIENT_PARAMETER, itemIndex, 'Client', CLIENT_IDENTIFIER);
}

/** A client picked in a collection (a filter), by its path there; none picked is `undefined`. */
export function readOptionalClientId(ctx: IExecuteFunctions, itemIndex: number, collection: string): string | undefined {
	const value = ctx.getNodeParameter(`${collection}.${CLIENT_PARAMETER}`, itemIndex, '', { extractValue: true }) as unknown;
	const id = value === null || value === undefined ? '' : String(value).trim();
	return id === '' ? undefined : id;
}

/** The document the item names, in the form iFirma's addresses take (`12/2026` → `12_2026`). */
export function readDocumentRef(ctx: IExecuteFunctions, itemIndex: number, label: string): string {
	const value = requireId(ctx, DOCUMENT_PARAMETER, itemIndex, label, DOCUMENT_REFERENCE);
	return checked(ctx, itemIndex, () => documentRef(value, label));
}
