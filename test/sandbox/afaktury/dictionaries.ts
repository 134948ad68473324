/**
 * The account's own dictionaries. Their record shapes are INFERRED (no public page describes a dictionary
 * module): `{id, name}` plus `value` for VAT rates, `days` for payment terms, `nip` for seller data sets.
 * Ids are deliberately not the values they stand for (VAT 23 % is id 1), so a client that sends a rate or a
 * number of days where an id belongs is refused rather than lucky.
 */
import type { DictionaryModule } from './modules';

export interface DictionaryEntry {
	id: number;
	name: string;
	[field: string]: string | number;
}

export type Dictionaries = Record<DictionaryModule, DictionaryEntry[]>;

export function defaultDictionaries(): Dictionaries {
	return {
		vat: [
			{ id: 1, name: '23%', value: '23' },
			{ id: 2, name: '8%', value: '8' },
			{ id: 3, name: '5%', value: '5' },
			{ id: 4, name: '0%', value: '0' },
			{ id: 5, name: 'zw', value: 'zw' },
		],
		currency: [
			{ id: 1, name: 'PLN' },
			{ id: 2, name: 'EUR' },
		],
		payKind: [
			{ id: 1, name: 'przelew' },
			{ id: 2, name: 'gotówka' },
			{ id: 3, name: 'karta płatnicza' },
		],
		payTime: [
			{ id: 1, name: '7 dni', days: 7 },
			{ id: 2, name: '14 dni', days: 14 },
			{ id: 3, name: '30 dni', days: 30 },
		],
		unit: [
			{ id: 1, name: 'szt.' },
			{ id: 2, name: 'godz.' },
			{ id: 3, name: 'usł.' },
		],
		delivery: [
			{ id: 1, name: 'odbiór osobisty' },
			{ id: 2, name: 'kurier' },
		],
		data: [{ id: 1, name: 'Sandbox Sp. z o.o.', nip: '5260250274' }],
	};
}

export function findEntry(dictionaries: Dictionaries, module: DictionaryModule, id: number): DictionaryEntry | undefined {
	return dictionaries[module].find((entry) => entry.id === id);
}

/** A VAT rate in hundredths of a percent; `zw` (exempt) and `np`-like names carry no tax. */
export function rateOf(entry: DictionaryEntry): bigint {
	const value = String(entry.value);
	return /^\d+(\.\d+)?$/.test(value) ? BigInt(Math.round(Number(value) * 100)) : 0n;
}
