import type { IDataObject } from 'n8n-workflow';

import type { LineItem, Party, PriceMode, SimpleClient, SimpleInvoice, VatRate } from '../core/canonical';
import { buildSimpleClient, buildSimpleInvoice, decimalToNumber, vatRateFromIfirma, vatRateToIfirma } from '../core/canonical';
import type { DocumentType } from './documentTypes';
import { documentTypeOfCode } from './documentTypes';

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
