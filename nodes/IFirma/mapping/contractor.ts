import type { IDataObject } from 'n8n-workflow';

import type { Party, SimpleClient } from '../../core/canonical';
import { buildSimpleClient } from '../../core/canonical';

/*
 * A client as iFirma keeps it: its contractor (`Kontrahent`), created at `kontrahenci.json`, replaced
 * whole at `kontrahenci/<identifier>.json` and found by a phrase at `kontrahenci/<phrase>.json`
 * (docs/services/ifirma.md, "Contractors").
 */

export const CLIENTS_PATH = 'kontrahenci.json';

export function clientPath(identifier: string): string {
	return `kontrahenci/${encodeURIComponent(identifier)}.json`;
}

/** The search matches the phrase in identifiers, names and NIPs, and answers at most 20 clients. */
export function clientSearchPath(phrase: string): string {
	return `kontrahenci/${encodeURIComponent(phrase)}.json`;
}

/** The search answers "no match" with this code rather than with an empty list. */
export const SEARCH_NO_MATCH = 208;

export function searchResults(payload: IDataObject): IDataObject[] {
	return Array.isArray(payload.Wynik) ? (payload.Wynik as IDataObject[]) : [];
}

/**
 * The client's texts, by the field in the node that fills them: all documented, except the email for
 * invoices (`EmailDlaFaktury`), inferred to be as long as `Email`.
 */
export const CLIENT_LENGTHS: Readonly<Record<string, number>> = {
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

/** A client as the node reads it: the canonical party, the name optional for updates, and iFirma's own fields. */
export interface ClientDetails extends Partial<Party> {
	name2?: string;
	euPrefix?: string;
	countryName?: string;
	invoiceEmail?: string;
	isRecipient?: boolean;
	isSupplier?: boolean;
}

const WIRE_NAMES: Readonly<Record<Exclude<keyof ClientDetails, 'bankAccount'>, string>> = {
	name: 'Nazwa',
	taxId: 'NIP',
	street: 'Ulica',
	city: 'Miejscowosc',
	postCode: 'KodPocztowy',
	country: 'KodKraju',
	email: 'Email',
	phone: 'Telefon',
	externalId: 'Identyfikator',
	isPerson: 'OsobaFizyczna',
	name2: 'Nazwa2',
	euPrefix: 'PrefiksUE',
	countryName: 'Kraj',
	invoiceEmail: 'EmailDlaFaktury',
	isRecipient: 'JestOdbiorca',
	isSupplier: 'JestDostawca',
};

/** A client as a `Kontrahent`; what the details leave out is left out. */
export function contractorOf(details: ClientDetails): IDataObject {
	const contractor: IDataObject = {};
	for (const [field, wireName] of Object.entries(WIRE_NAMES)) {
		const value = details[field as keyof typeof WIRE_NAMES];
		if (value !== undefined) contractor[wireName] = value;
	}
	return contractor;
}

/** The contractor fields iFirma accepts on create and update; the rest of a read record is read-only. */
const WRITABLE_FIELDS = [
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

/**
 * The body of an update: iFirma replaces the whole contractor and erases what the request leaves out,
 * so every writable field of the current record goes back, with the changes over it.
 */
export function replacementOf(current: IDataObject, changes: ClientDetails): IDataObject {
	const changed = contractorOf(changes);
	const body: IDataObject = {};
	for (const field of WRITABLE_FIELDS) {
		const value = field in changed ? changed[field] : current[field];
		if (value !== undefined) body[field] = value;
	}
	return body;
}

/** The created client as the answer names it: its identifier (`Wynik`) with the fields sent. */
export function createdClient(payload: IDataObject, sent: IDataObject): IDataObject {
	return { ...sent, Identyfikator: String(payload.Wynik ?? sent.Identyfikator ?? '') };
}

export function clientIdentifierOf(record: IDataObject): string {
	return String(record.Identyfikator ?? '');
}

function text(value: unknown): string | null {
	return value === undefined || value === null || value === '' ? null : String(value);
}

export function simplifyClient(record: IDataObject): SimpleClient {
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
