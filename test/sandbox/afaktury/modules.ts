/**
 * The module names of the URL (`/api/<module>`), lower case (docs/services/afaktury.md, Modules).
 * `invoice` and `corrective` are on vendor pages, `invoicerr` is the RR page's module with its path
 * INFERRED, and the third-party client alone names proforma, bill, invoicenovat and invoicemargin.
 */

export const DOCUMENT_MODULES = [
	'invoice',
	'invoicerr',
	'corrective',
	'proforma',
	'bill',
	'invoicenovat',
	'invoicemargin',
] as const;

export type DocumentModule = (typeof DOCUMENT_MODULES)[number];

export function isDocumentModule(name: string): name is DocumentModule {
	return (DOCUMENT_MODULES as readonly string[]).includes(name);
}

/** The dictionary modules a document names by id; each has `GET /api/<name>/list`. */
export const DICTIONARY_MODULES = ['vat', 'currency', 'payKind', 'payTime', 'unit', 'delivery', 'data'] as const;

export type DictionaryModule = (typeof DICTIONARY_MODULES)[number];

export function isDictionaryModule(name: string): name is DictionaryModule {
	return (DICTIONARY_MODULES as readonly string[]).includes(name);
}

/** INFERRED: only corrections may carry negative quantities (the third-party client's types allow them there). */
export function allowsNegativeAmounts(module: DocumentModule): boolean {
	return module === 'corrective';
}
