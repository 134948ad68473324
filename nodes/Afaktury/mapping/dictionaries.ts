import type { IDataObject } from 'n8n-workflow';

import type { PaymentMethod } from '../../core/canonical';
import { PAYMENT_METHODS } from '../../core/canonical';

/**
 * The account's own dictionaries a document names by id, each listed at `GET /api/<module>/list`. Their
 * record shapes are INFERRED (docs/services/afaktury.md, "Dictionaries"): `{id, name}`, with `value` for
 * VAT rates ("23", "zw"), `days` for payment terms and `nip` for seller data sets.
 */
export type Dictionary = 'vat' | 'currency' | 'payKind' | 'payTime' | 'unit' | 'data';

export interface DictionaryEntry {
	id: number;
	name: string;
	record: IDataObject;
}

interface DictionarySpec {
	/** What the dictionary is called in messages. */
	label: string;
	/** The value a dropdown entry stands for, and an expression gives: the canonical one where there is one. */
	valueOf(record: IDataObject): string;
	/** Whether a value given by a user or an expression means this entry. */
	matches(record: IDataObject, value: string): boolean;
}

const lower = (value: unknown): string => String(value ?? '').trim().toLowerCase();

/**
 * The words Polish accounts use for each canonical payment method (INFERRED: the dictionary is the
 * account's own, so its names are whatever the account holds; these are the usual ones).
 */
const PAYMENT_METHOD_NAMES: Record<PaymentMethod, string[]> = {
	transfer: ['przelew', 'przelew bankowy'],
	cash: ['gotówka'],
	card: ['karta', 'karta płatnicza', 'karta kredytowa'],
	cashOnDelivery: ['pobranie', 'za pobraniem'],
	cheque: ['czek'],
	barter: ['barter'],
	compensation: ['kompensata'],
	other: ['inny', 'inna'],
};

function methodNamed(name: unknown): PaymentMethod | undefined {
	return PAYMENT_METHODS.find((method) => PAYMENT_METHOD_NAMES[method].includes(lower(name)));
}

/** `"23"`, `"23%"`, `" ZW "` → `"23"`, `"zw"`. */
function vatCode(value: unknown): string {
	const text = lower(value).replace(/\s*%$/, '');
	return /^\d+(?:[.,]0+)?$/.test(text) ? String(Number.parseInt(text, 10)) : text;
}

const SPECS: Record<Dictionary, DictionarySpec> = {
	vat: {
		label: 'VAT rate',
		valueOf: (record) => vatCode(record.value ?? record.name),
		matches: (record, value) => vatCode(record.value ?? record.name) === vatCode(value),
	},
	currency: {
		label: 'currency',
		valueOf: (record) => String(record.name ?? '').trim().toUpperCase(),
		matches: (record, value) => lower(record.name) === lower(value),
	},
	payKind: {
		label: 'payment method',
		// The canonical method where the account's name is one of its usual words, so a dropdown pick and an expression agree.
		valueOf: (record) => methodNamed(record.name) ?? String(record.name ?? '').trim(),
		matches: (record, value) => lower(record.name) === lower(value) || (methodNamed(record.name) ?? '').toLowerCase() === lower(value),
	},
	payTime: {
		label: 'payment term',
		valueOf: (record) => String(record.days ?? record.name ?? '').trim(),
		matches: (record, value) => {
			const days = lower(value).replace(/\s*(?:days?|dni)$/, '');
			return (record.days !== undefined && String(record.days) === days) || lower(record.name) === lower(value);
		},
	},
	unit: {
		label: 'unit',
		valueOf: (record) => String(record.name ?? '').trim(),
		matches: (record, value) => lower(record.name) === lower(value),
	},
	data: {
		label: 'seller data set',
		valueOf: (record) => String(record.name ?? '').trim(),
		matches: (record, value) =>
			lower(record.name) === lower(value) || (record.nip !== undefined && String(record.nip).replace(/\D/g, '') === value.replace(/\D/g, '') && /\d/.test(value)),
	},
};

export const dictionaryPath = (dictionary: Dictionary): string => `/${dictionary}/list`;

export const dictionaryLabel = (dictionary: Dictionary): string => SPECS[dictionary].label;

/** The list's records as entries; a record without a numeric id cannot be named in a document and is left out. */
export function dictionaryEntries(records: IDataObject[]): DictionaryEntry[] {
	return records.flatMap((record) => {
		const id = Number(record.id);
		return Number.isInteger(id) ? [{ id, name: String(record.name ?? '').trim(), record }] : [];
	});
}

/** A dropdown entry: the account's own name, standing for the value an expression would give. */
export function dictionaryOption(dictionary: Dictionary, entry: DictionaryEntry): { name: string; value: string } {
	const value = SPECS[dictionary].valueOf(entry.record);
	const name = entry.name === '' ? value : entry.name;
	return { name: dictionary === 'vat' && name !== value && !name.includes(value) ? `${name} (${value})` : name, value };
}

/** The entry a value means; `undefined` when the account has none. */
export function findEntry(dictionary: Dictionary, entries: DictionaryEntry[], value: string): DictionaryEntry | undefined {
	return entries.find((entry) => SPECS[dictionary].matches(entry.record, value));
}

/** The canonical value an entry stands for (`"23"`, `"PLN"`, `"szt."`), for the simplified record. */
export function entryValue(dictionary: Dictionary, entry: DictionaryEntry): string {
	return SPECS[dictionary].valueOf(entry.record);
}

/** What the message says the account does have, so the user can pick one. */
export function describeEntries(dictionary: Dictionary, entries: DictionaryEntry[]): string {
	const values = entries.map((entry) => dictionaryOption(dictionary, entry).value).filter((value) => value !== '');
	return values.length === 0 ? 'The account has no entries in it.' : `The account has: ${values.join(', ')}.`;
}
