import {
	DOCUMENT_KINDS,
	DOCUMENT_KIND_CODES,
	InvalidValueError,
	UnsupportedValueError,
	documentKindFromProvider,
	documentKindToProvider,
} from '../../nodes/core/canonical';
import type { ApiDialect, DocumentKind } from '../../nodes/core/canonical';

describe('document kinds to the services', () => {
	it.each<[ApiDialect, DocumentKind, string]>([
		['bitfaktura', 'vat', 'vat'],
		['bitfaktura', 'vatRr', 'vat_rr'],
		['infakt', 'vat', 'Faktura VAT'],
		['infakt', 'proforma', 'Faktura proforma'],
		['infaktV3', 'proforma', 'proforma'],
		['ifirma', 'vat', 'fakturakraj'],
		['ifirma', 'proforma', 'fakturaproformakraj'],
		['ifirma', 'bill', 'rachunekkraj'],
		['ifirma', 'correction', 'fakturakraj/korekta'],
		['invbg', 'vat', 'dan'],
		['invbg', 'proforma', 'prof'],
		['invbg', 'debitNote', 'deb'],
		['invbg', 'correction', 'kred'],
		['afaktury', 'vat', 'invoice'],
		['afaktury', 'correction', 'corrective'],
		['afaktury', 'vatRr', 'invoicerr'],
	])('%s writes %s as %p', (dialect, kind, code) => {
		expect(documentKindToProvider(dialect, kind)).toBe(code);
	});

	it('refuses a kind the service does not have', () => {
		expect(() => documentKindToProvider('bitfaktura', 'debitNote')).toThrow(
			'BitFaktura does not support the document kind "debitNote"',
		);
		expect(() => documentKindToProvider('invbg', 'bill')).toThrow(UnsupportedValueError);
	});

	it('refuses to create what inFakt only reports, and says why', () => {
		expect(() => documentKindToProvider('infakt', 'correction')).toThrow(
			'inFakt does not support the document kind "correction": the service reports it but its API cannot create it',
		);
		expect(() => documentKindToProvider('infakt', 'advance')).toThrow(UnsupportedValueError);
	});

	it('refuses a name that is not a canonical kind', () => {
		expect(() => documentKindToProvider('bitfaktura', 'receipt')).toThrow(InvalidValueError);
	});

	it('has a row for every canonical kind', () => {
		expect(Object.keys(DOCUMENT_KIND_CODES).sort()).toEqual([...DOCUMENT_KINDS].sort());
	});
});

describe('document kinds from the services', () => {
	it('reads inFakt’s kinds, including those it only reports and either spelling of pro forma', () => {
		expect(documentKindFromProvider('infakt', 'Faktura VAT')).toBe('vat');
		expect(documentKindFromProvider('infakt', 'Faktura Proforma')).toBe('proforma');
		expect(documentKindFromProvider('infakt', 'Faktura korygująca')).toBe('correction');
		expect(documentKindFromProvider('infakt', 'Faktura Zaliczkowa')).toBe('advance');
		expect(documentKindFromProvider('infakt', 'Faktura Końcowa')).toBe('final');
	});

	it('reads the others’ codes', () => {
		expect(documentKindFromProvider('invbg', 'kred')).toBe('correction');
		expect(documentKindFromProvider('bitfaktura', 'vat_rr')).toBe('vatRr');
		expect(documentKindFromProvider('afaktury', 'invoicerr')).toBe('vatRr');
	});

	it('reads a missing kind as null and refuses one without a canonical meaning', () => {
		expect(documentKindFromProvider('bitfaktura', '')).toBeNull();
		expect(() => documentKindFromProvider('infakt', 'Faktura Marża')).toThrow(UnsupportedValueError);
		expect(() => documentKindFromProvider('bitfaktura', 'receipt')).toThrow(
			'BitFaktura does not support the document kind "receipt"',
		);
	});
});
