import type { INodePropertyOptions } from 'n8n-workflow';

import type { DocumentKind } from '../../core/canonical';

/**
 * The document modules, as the URL names them (`/api/<module>`). Vendor pages cover `invoice`,
 * `corrective` and the RR invoice (whose path `invoicerr` is INFERRED); only a third-party client names
 * the others (docs/services/afaktury.md, "Modules").
 */
interface DocumentType {
	module: string;
	label: string;
	kind: DocumentKind | null;
	thirdParty: boolean;
}

const DOCUMENT_TYPES: DocumentType[] = [
	{ module: 'invoice', label: 'VAT Invoice', kind: 'vat', thirdParty: false },
	{ module: 'invoicerr', label: 'RR Invoice', kind: 'vatRr', thirdParty: false },
	{ module: 'corrective', label: 'Correction', kind: 'correction', thirdParty: false },
	{ module: 'proforma', label: 'Pro Forma', kind: 'proforma', thirdParty: true },
	{ module: 'bill', label: 'Bill', kind: 'bill', thirdParty: true },
	// The canonical kinds have none for an invoice without VAT; a guess would mislead a filter on `kind`.
	{ module: 'invoicenovat', label: 'Invoice Without VAT', kind: null, thirdParty: true },
	{ module: 'invoicemargin', label: 'Margin Invoice', kind: 'vat', thirdParty: true },
];

export const DEFAULT_MODULE = 'invoice';

export const DOCUMENT_TYPE_OPTIONS: INodePropertyOptions[] = DOCUMENT_TYPES.map(({ module, label, thirdParty }) => ({
	name: label,
	value: module,
	description: thirdParty ? 'Named only by a third-party client of the API, not on a vendor page' : undefined,
}));

export function isDocumentModule(module: string): boolean {
	return DOCUMENT_TYPES.some((type) => type.module === module);
}

export function kindOf(module: string): DocumentKind | null {
	return DOCUMENT_TYPES.find((type) => type.module === module)?.kind ?? null;
}

export const documentPath = (module: string): string => `/${module}`;
export const listPath = (module: string): string => `/${module}/list`;
export const actionPath = (module: string, action: 'pdf' | 'pay' | 'payzero' | 'sendmail' | 'sendreminder' | 'sendtoaccountant'): string =>
	`/${module}/${action}`;

export const PRODUCT_LIST_PATH = '/product/list';
