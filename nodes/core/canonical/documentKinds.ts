import type { EnumTable } from './enumTable';
import { canonicalValue, fromDialectCode, readOnly, toDialectCode } from './enumTable';
import type { ApiDialect, DocumentKind } from './types';
import { DOCUMENT_KINDS } from './types';

/**
 * CANONICAL.md, "Document kind". The codes are what identifies a kind in each service: BitFaktura's
 * `kind`, inFakt's `rodzaj_faktury` (v2) or `kind` (v3), iFirma's resource in the URL, inv.bg's `type`
 * and Afaktury's module in the URL.
 */
export const DOCUMENT_KIND_CODES: EnumTable<DocumentKind> = {
	vat: {
		bitfaktura: 'vat',
		infakt: 'Faktura VAT',
		infaktV3: 'vat',
		ifirma: 'fakturakraj',
		invbg: 'dan',
		afaktury: 'invoice',
	},
	proforma: {
		bitfaktura: 'proforma',
		infakt: 'Faktura proforma',
		infaktV3: 'proforma',
		ifirma: 'fakturaproformakraj',
		invbg: 'prof',
		afaktury: 'proforma',
	},
	correction: {
		bitfaktura: 'correction',
		infakt: readOnly('Faktura korygująca'),
		ifirma: 'fakturakraj/korekta',
		invbg: 'kred',
		afaktury: 'corrective',
	},
	debitNote: { invbg: 'deb' },
	bill: { bitfaktura: 'bill', ifirma: 'rachunekkraj', afaktury: 'bill' },
	advance: { bitfaktura: 'advance', infakt: readOnly('Faktura Zaliczkowa'), ifirma: 'fakturazaliczka' },
	final: { bitfaktura: 'final', infakt: readOnly('Faktura Końcowa'), ifirma: 'fakturakoncowa' },
	vatRr: { bitfaktura: 'vat_rr', afaktury: 'invoicerr' },
};

/** The service's code for a document kind; kinds the service cannot create are refused by name. */
export function documentKindToProvider(dialect: ApiDialect, kind: string): string {
	const canonical = canonicalValue(DOCUMENT_KINDS, kind, 'Document Kind');
	return toDialectCode(DOCUMENT_KIND_CODES, 'documentKind', dialect, canonical);
}

/** The canonical kind for a code the service wrote (inFakt's `Faktura Proforma` too); empty → `null`. */
export function documentKindFromProvider(
	dialect: ApiDialect,
	code: string | number | null | undefined,
): DocumentKind | null {
	return fromDialectCode(DOCUMENT_KIND_CODES, 'documentKind', dialect, code);
}
