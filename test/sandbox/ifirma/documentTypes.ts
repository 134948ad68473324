/**
 * Every document type the sandbox issues: its endpoint, `Rodzaj` code, key, and what its body adds to the
 * domestic invoice's fields (docs/services/ifirma.md, Issuing documents; the Pro forma page for the pro forma).
 */
import { CONTRACTOR_FIELDS } from './contractors';
import { LINE_FIELDS } from './lines';
import type { Fields } from './shape';
import type { KeyName } from './signature';
import type { FieldReader } from './validation';

export interface DocumentType {
	/** Endpoint name: `POST <type>.json`, `GET <type>/<x>.json`. */
	type: string;
	/** `Rodzaj`: the code of lists and payments (Payment page). */
	kind: string;
	keyName: KeyName;
	/** Heading of the print-out. */
	title: string;
	proforma: boolean;
	/** A bill (`rachunek`): no VAT. */
	bill: boolean;
	/** Listed for `POST <type>/send/<x>.json` (Sending help). */
	sendable: boolean;
	/** Every field the body may carry, with its JSON type. */
	fields: Fields;
	/** Rules of the type's own fields; answers the document currency. */
	readExtras(reader: FieldReader): string;
}

/** Domestic invoice fields (Domestic invoice page). */
const INVOICE_FIELDS: Fields = {
	Zaplacono: 'number',
	ZaplaconoNaDokumencie: 'number',
	LiczOd: 'string',
	NumerKontaBankowego: 'string',
	SplitPayment: 'boolean',
	DataWystawienia: 'string',
	MiejsceWystawienia: 'string',
	DataSprzedazy: 'string',
	FormatDatySprzedazy: 'string',
	TerminPlatnosci: 'string',
	SposobZaplaty: 'string',
	NazwaSeriiNumeracji: 'string',
	NazwaSzablonu: 'string',
	RodzajPodpisuOdbiorcy: 'string',
	PodpisOdbiorcy: 'string',
	PodpisWystawcy: 'string',
	Uwagi: 'string',
	WidocznyNumerGios: 'boolean',
	WidocznyNumerBdo: 'boolean',
	Numer: 'number',
	IdentyfikatorKontrahenta: 'string',
	PrefiksUEKontrahenta: 'string',
	NIPKontrahenta: 'string',
	Kontrahent: { object: CONTRACTOR_FIELDS },
	Pozycje: { arrayOf: LINE_FIELDS },
	ProceduryJpk: 'object',
	DodatkoweUwagi: 'object',
};

const PLN = 'PLN';
const CURRENCY = /^[A-Z]{3}$/;

function readCurrency(reader: FieldReader): string {
	const currency = reader.text('Waluta', { required: true });
	if (currency && !CURRENCY.test(currency)) {
		reader.fail('Waluta', 'wymagany trzyliterowy kod waluty (ISO 4217), np. EUR');
	}
	return currency ?? PLN;
}

/** `en`, `de`, … (WDT page); INFERRED: any two lowercase letters. */
function readLanguage(reader: FieldReader): void {
	const language = reader.text('Jezyk');
	if (language && !/^[a-z]{2}$/.test(language)) reader.fail('Jezyk', 'wymagany dwuliterowy kod języka, np. en');
}

/** INFERRED: export and intra-EU invoices name their currency, PLN included. */
function readForeign(reader: FieldReader): string {
	readLanguage(reader);
	return readCurrency(reader);
}

const domestic = (): string => PLN;

interface TypeDraft {
	type: string;
	kind: string;
	title: string;
	keyName?: KeyName;
	proforma?: boolean;
	bill?: boolean;
	sendable?: boolean;
	extraFields?: Fields;
	readExtras?: (reader: FieldReader) => string;
}

function define(draft: TypeDraft): DocumentType {
	return {
		type: draft.type,
		kind: draft.kind,
		title: draft.title,
		keyName: draft.keyName ?? 'faktura',
		proforma: draft.proforma ?? false,
		bill: draft.bill ?? false,
		sendable: draft.sendable ?? true,
		fields: { ...INVOICE_FIELDS, ...draft.extraFields },
		readExtras: draft.readExtras ?? domestic,
	};
}

const FOREIGN_FIELDS: Fields = { Waluta: 'string', Jezyk: 'string' };

export const DOCUMENT_TYPES: readonly DocumentType[] = [
	define({ type: 'fakturakraj', kind: 'prz_faktura_kraj', title: 'Faktura VAT' }),
	define({
		type: 'fakturaproformakraj',
		// INFERRED: pro formas are no sales document and have no code in the documented list.
		kind: 'proforma',
		title: 'Faktura pro forma',
		proforma: true,
		extraFields: { TypFakturyKrajowej: 'string', NumerZamowienia: 'string' },
		readExtras: (reader) => {
			reader.choice('TypFakturyKrajowej', ['SPRZ', 'BUD', 'ZAL'], { required: true, ignoreCase: true });
			reader.text('NumerZamowienia', { required: true, max: 30 });
			return PLN;
		},
	}),
	define({
		type: 'fakturawysylka',
		kind: 'prz_faktura_wysylka',
		title: 'Faktura VAT (sprzedaż wysyłkowa)',
		extraFields: { DataOtrzymaniaZaplaty: 'string' },
		readExtras: (reader) => {
			reader.date('DataOtrzymaniaZaplaty', { required: true });
			return PLN;
		},
	}),
	define({
		type: 'fakturawaluta',
		// INFERRED: not in the (truncated) documented code list.
		kind: 'prz_faktura_waluta',
		title: 'Faktura VAT w walucie obcej',
		extraFields: { Waluta: 'string', TypSprzedazy: 'string' },
		readExtras: (reader) => {
			reader.choice('TypSprzedazy', ['WYSYLKOWA', 'KRAJOWA'], { required: true });
			const currency = readCurrency(reader);
			// INFERRED: the foreign-currency invoice exists for currencies other than the złoty.
			if (currency === PLN) reader.fail('Waluta', 'faktura w walucie obcej nie może być wystawiona w PLN');
			return currency;
		},
	}),
	define({
		type: 'fakturawdt',
		kind: 'prz_dostawa_ue_towarow',
		title: 'Faktura VAT WDT',
		extraFields: FOREIGN_FIELDS,
		readExtras: readForeign,
	}),
	define({
		type: 'fakturaeksportuslug',
		kind: 'prz_eksport_dost_uslug_nie_ue',
		title: 'Faktura VAT - eksport usług',
		extraFields: {
			...FOREIGN_FIELDS,
			NazwaUslugi: 'string',
			UslugaSwiadczonaTrybArt28b: 'boolean',
			DataObowiazkuPodatkowego: 'string',
		},
		readExtras: (reader) => {
			reader.date('DataObowiazkuPodatkowego');
			return readForeign(reader);
		},
	}),
	define({
		type: 'fakturaeksportuslugue',
		kind: 'prz_eksport_dost_uslug_ue',
		title: 'Faktura VAT - eksport usług UE',
		extraFields: FOREIGN_FIELDS,
		readExtras: readForeign,
	}),
	define({
		type: 'fakturaeksporttowarow',
		kind: 'prz_eksport_towarow',
		title: 'Faktura VAT - eksport towarów',
		extraFields: FOREIGN_FIELDS,
		readExtras: readForeign,
	}),
	// INFERRED: advance and final invoices follow the domestic invoice; the Sending help's list omits them.
	define({ type: 'fakturazaliczka', kind: 'prz_faktura_zal', title: 'Faktura zaliczkowa', sendable: false }),
	define({ type: 'fakturakoncowa', kind: 'prz_faktura_kon', title: 'Faktura końcowa', sendable: false }),
	define({
		type: 'rachunekkraj',
		kind: 'prz_rachunek_kraj',
		title: 'Rachunek',
		keyName: 'rachunek',
		bill: true,
		extraFields: { WpisDoKpir: 'string' },
		readExtras: (reader) => {
			reader.choice('WpisDoKpir', ['NIE', 'TOW', 'POZ'], { required: true });
			return PLN;
		},
	}),
];

export function documentType(type: string): DocumentType | undefined {
	return DOCUMENT_TYPES.find((candidate) => candidate.type === type);
}

export const PROFORMA = 'fakturaproformakraj';
export const DOMESTIC = 'fakturakraj';
