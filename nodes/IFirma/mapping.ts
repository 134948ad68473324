import type { IDataObject } from 'n8n-workflow';

import type { DecimalRule, LineItem, Party, PriceMode, SimpleClient, SimpleInvoice, VatRate } from '../core/canonical';
import { buildSimpleClient, buildSimpleInvoice, decimalToNumber, vatRateFromIfirma, vatRateToIfirma } from '../core/canonical';
import type { LineItemLimits } from '../core/fields/lineItems';
import type { DocumentType } from './documentTypes';
import { documentTypeOfCode } from './documentTypes';

/*
 * What ifirma keeps of the values sent to it, as its API documentation states them for a document's
 * lines (`Pozycje`), its contractor (`Kontrahent`) and its own fields (the pages on issuing a domestic
 * invoice and a pro forma give the same rules). What the docs leave open is marked inferred.
 */

/** The documented `StawkaVat` values: 0.23, 0.08, 0.05 and 0.00, and null for an exempt (`ZW`) line. */
export const VAT_RATES: readonly VatRate[] = ['23', '8', '5', '0', 'zw'];

/** `Ilosc` is documented as greater than 0.0000: positive, with four decimal places. */
const QUANTITY: DecimalRule = { places: 4, sign: 'positive' };

/** `CenaJednostkowa` is documented as greater than 0.00: positive, with two decimal places. */
const PRICE: DecimalRule = { places: 2, sign: 'positive' };

/** `Rabat` is documented as 0 or more (and below 100 %); its places are not, two are inferred. */
const DISCOUNT: DecimalRule = { places: 2, sign: 'nonNegative' };

/**
 * `Zaplacono` is documented as 0 or more; two places are inferred, as for any amount of money. A
 * registered payment's amounts are inferred to follow the same rule.
 */
export const AMOUNT: DecimalRule = { places: 2, sign: 'nonNegative' };

/**
 * A line of any document, a correction's included: a correction sends its lines as they read after it,
 * so they are held to an invoice's rules (inferred: the docs do not describe the correction's body).
 * Documented lengths: `NazwaPelna` 300, `Jednostka` 10 and `PKWiU` 30 characters.
 */
export const LINE_LIMITS: LineItemLimits = {
	numbers: { quantity: QUANTITY, unitNetPrice: PRICE, unitGrossPrice: PRICE, discountPercent: DISCOUNT },
	vatRates: VAT_RATES,
	maxLengths: { name: 300, unit: 10, classification: 30 },
};

/**
 * The contractor's texts, by the field in the node that fills them: all documented, except the e-mail
 * for invoices (`EmailDlaFaktury`), inferred to be as long as `Email`.
 */
export const CONTRACTOR_LENGTHS: Readonly<Record<string, number>> = {
	name: 150, // Nazwa
	name2: 150, // Nazwa2
	externalId: 15, // Identyfikator
	euPrefix: 2, // PrefiksUE
	taxId: 13, // NIP
	street: 65, // Ulica
	postCode: 16, // KodPocztowy
	city: 65, // Miejscowosc
	countryName: 70, // Kraj
	country: 2, // KodKraju
	email: 65, // Email
	invoiceEmail: 65, // EmailDlaFaktury
	phone: 32, // Telefon
};

/** A document's own texts and an e-mail's message, by the field in the node that fills them; all documented. */
export const DOCUMENT_TEXT_LENGTHS: Readonly<Record<string, number>> = {
	placeOfIssue: 50, // MiejsceWystawienia
	bankAccount: 28, // NumerKontaBankowego
	recipientSignature: 70, // PodpisOdbiorcy
	issuerSignature: 70, // PodpisWystawcy
	notes: 1000, // Uwagi
	orderNumber: 30, // NumerZamowienia
	message: 1000, // Tekst
};

/**
 * An invoice number as ifirma takes it in a URL: `314/2014` becomes `314_2014`; a numeric
 * `Identyfikator` stays as it is.
 */
export function documentRef(value: string, label = 'Document ID or Number'): string {
	const ref = value.trim().replace(/\//g, '_');
	if (ref === '') throw new Error(`${label} is required`);
	if (!/^[\p{L}\p{N}_.-]+$/u.test(ref)) {
		throw new Error(`${label} "${value.trim()}" is not an ifirma identifier or invoice number`);
	}
	return ref;
}

function number(decimal: string, label: string): number {
	return decimalToNumber(decimal, label);
}

/** One canonical line as a `Pozycje` entry; every value ifirma requires is checked here, with its line. */
export function lineOf(item: LineItem, position: number, pricing: PriceMode, withoutVat: boolean): IDataObject {
	const where = `Line item ${position}`;
	const [priceLabel, otherLabel] = pricing === 'net' ? ['Unit Net Price', 'Unit Gross Price'] : ['Unit Gross Price', 'Unit Net Price'];
	const price = pricing === 'net' ? item.unitNetPrice : item.unitGrossPrice;
	const other = pricing === 'net' ? item.unitGrossPrice : item.unitNetPrice;
	if (item.name === '') throw new Error(`${where}: Name is required`);
	if (other !== undefined) {
		throw new Error(`${where}: ${otherLabel} does not apply when prices are ${pricing}; set ${priceLabel} instead`);
	}
	if (price === undefined) throw new Error(`${where}: ${priceLabel} is required`);
	if (item.unit === undefined) throw new Error(`${where}: Unit is required by ifirma (for example szt.)`);

	const line: IDataObject = {
		NazwaPelna: item.name,
		Ilosc: number(item.quantity ?? '1', `${where}: Quantity`),
		CenaJednostkowa: number(price, `${where}: ${priceLabel}`),
		Jednostka: item.unit,
	};
	if (withoutVat) {
		if (item.vatRate !== undefined) throw new Error(`${where}: a bill carries no VAT; leave VAT Rate empty`);
	} else {
		if (item.vatRate === undefined) throw new Error(`${where}: VAT Rate is required`);
		try {
			const { rate, type } = vatRateToIfirma(item.vatRate);
			line.StawkaVat = rate;
			line.TypStawkiVat = type;
		} catch (error) {
			throw new Error(`${where}: ${(error as Error).message}`);
		}
	}
	if (item.discountPercent !== undefined) line.Rabat = number(item.discountPercent, `${where}: Discount (%)`);
	if (item.classification !== undefined) line.PKWiU = item.classification;
	return line;
}

const PARTY_NAMES: Record<Exclude<keyof Party, 'name' | 'isPerson' | 'bankAccount'>, string> = {
	taxId: 'NIP',
	street: 'Ulica',
	city: 'Miejscowosc',
	postCode: 'KodPocztowy',
	country: 'KodKraju',
	email: 'Email',
	phone: 'Telefon',
	externalId: 'Identyfikator',
};

/** A canonical party as ifirma's contractor (`Kontrahent`); ifirma-only fields are passed in `extra`. */
export function contractorOf(party: Party, extra: IDataObject = {}): IDataObject {
	const contractor: IDataObject = { Nazwa: party.name };
	for (const [field, wireName] of Object.entries(PARTY_NAMES)) {
		const value = party[field as keyof typeof PARTY_NAMES];
		if (value !== undefined) contractor[wireName] = value;
	}
	if (party.isPerson !== undefined) contractor.OsobaFizyczna = party.isPerson;
	return { ...contractor, ...extra };
}

/** The contractor fields ifirma accepts on create and update; the rest of a read record is read-only. */
export const WRITABLE_CONTRACTOR_FIELDS = [
	'Nazwa',
	'Nazwa2',
	'Identyfikator',
	'PrefiksUE',
	'NIP',
	'Ulica',
	'KodPocztowy',
	'Kraj',
	'KodKraju',
	'Miejscowosc',
	'AdresKorespondencyjnyUlica',
	'AdresKorespondencyjnyKodPocztowy',
	'AdresKorespondencyjnyKraj',
	'AdresKorespondencyjnyMiejscowosc',
	'Email',
	'EmailDlaFaktury',
	'Telefon',
	'DrugiTelefon',
	'Faks',
	'OsobaFizyczna',
	'JestOdbiorca',
	'JestDostawca',
	'PodmiotPowiazany',
] as const;

function text(value: unknown): string | null {
	return value === undefined || value === null || value === '' ? null : String(value);
}

export function simplifyContractor(record: IDataObject): SimpleClient {
	return buildSimpleClient({
		id: text(record.Identyfikator),
		name: text(record.Nazwa),
		taxId: text(record.NIP),
		street: text(record.Ulica),
		city: text(record.Miejscowosc),
		postCode: text(record.KodPocztowy),
		country: text(record.KodKraju ?? record.Kraj),
		email: text(record.Email),
		phone: text(record.Telefon),
	});
}

/** A rate as read back; a pairing outside the canonical codes is shown as missing rather than guessed. */
function vatRateOf(line: IDataObject): VatRate | null {
	try {
		return vatRateFromIfirma(line.StawkaVat as number | null, line.TypStawkiVat as string | null);
	} catch {
		return null;
	}
}

/**
 * A document as read (`<type>/<id>.json`) or as a list entry (`faktury.json`), in the canonical shape.
 * Lists name the buyer in flat fields and carry no lines; a read document has both in full.
 */
export function simplifyDocument(record: IDataObject, type?: DocumentType): SimpleInvoice {
	const contractor = (record.Kontrahent ?? undefined) as IDataObject | undefined;
	const lines = Array.isArray(record.Pozycje) ? (record.Pozycje as IDataObject[]) : [];
	const netPrices = record.LiczOd === 'NET';
	return buildSimpleInvoice('ifirma', {
		id: text(record.FakturaId ?? record.Identyfikator),
		number: text(record.PelnyNumer),
		kind: (type ?? documentTypeOfCode(record.Rodzaj))?.kind ?? null,
		status: text(record.StatusPlatnosci),
		issueDate: text(record.DataWystawienia),
		saleDate: text(record.DataSprzedazy),
		dueDate: text(record.TerminPlatnosci),
		currency: text(record.Waluta),
		net: text(record.Netto),
		vat: text(record.VAT),
		gross: text(record.Brutto),
		paid: text(record.Zaplacono),
		buyer: contractor
			? { name: text(contractor.Nazwa), taxId: text(contractor.NIP), city: text(contractor.Miejscowosc) }
			: { name: text(record.KontrahentNazwa), taxId: text(record.NIPKontrahenta), city: null },
		items: lines.map((line) => ({
			name: text(line.NazwaPelna),
			quantity: text(line.Ilosc),
			unit: text(line.Jednostka),
			unitNetPrice: netPrices ? text(line.CenaJednostkowa) : null,
			vatRate: vatRateOf(line),
			gross: null,
		})),
	});
}
