import type { IExecuteFunctions } from 'n8n-workflow';

import { inputError } from '../core/errors';
import type { RequestContext } from '../core/transport';
import type { Dictionary, DictionaryEntry } from './mapping/dictionaries';
import { describeEntries, dictionaryEntries, dictionaryLabel, dictionaryPath, entryValue, findEntry } from './mapping/dictionaries';
import { afakturyRequest } from './transport';

/**
 * Each dictionary is read once per run of the node and shared by all its items: a batch of a hundred
 * invoices costs six dictionary requests, not six hundred, which Cloudflare would take for a burst.
 */
const loaded = new WeakMap<RequestContext, Map<Dictionary, Promise<DictionaryEntry[]>>>();

export async function dictionary(ctx: RequestContext, name: Dictionary, itemIndex?: number): Promise<DictionaryEntry[]> {
	let cache = loaded.get(ctx);
	if (cache === undefined) {
		cache = new Map();
		loaded.set(ctx, cache);
	}
	let entries = cache.get(name);
	if (entries === undefined) {
		entries = afakturyRequest(ctx, 'GET', dictionaryPath(name), { itemIndex }).then((envelope) => dictionaryEntries(envelope.records));
		// A failed read is not kept: the next item asks again rather than failing on an old error.
		entries.catch(() => cache?.delete(name));
		cache.set(name, entries);
	}
	return await entries;
}

/**
 * The account's id for a value (`"23"`, `"PLN"`, `"transfer"`, `"14"`, `"szt."`), refused before the
 * document is sent when the account's dictionary has no such entry.
 */
export async function resolveId(ctx: IExecuteFunctions, name: Dictionary, value: string, itemIndex: number, field: string): Promise<number> {
	const entries = await dictionary(ctx, name, itemIndex);
	const entry = findEntry(name, entries, value);
	if (entry === undefined) {
		throw inputError(
			ctx.getNode(),
			`${field}: the account's ${dictionaryLabel(name)} dictionary has no entry "${value}"`,
			itemIndex,
			`${describeEntries(name, entries)} Pick one from the list, or add "${value}" to the dictionary in afaktury.pl.`,
		);
	}
	return entry.id;
}

/** The entry with this id; `undefined` when the account has none. */
export async function entryById(ctx: RequestContext, name: Dictionary, id: number, itemIndex?: number): Promise<DictionaryEntry | undefined> {
	return (await dictionary(ctx, name, itemIndex)).find((entry) => entry.id === id);
}

/** The value each id of a dictionary stands for ("23" for the VAT rate with id 1), for the simplified records. */
export async function valueById(ctx: RequestContext, name: Dictionary, itemIndex?: number): Promise<(id: number | undefined) => string | undefined> {
	const values = new Map((await dictionary(ctx, name, itemIndex)).map((entry) => [entry.id, entryValue(name, entry)]));
	return (id) => (id === undefined ? undefined : values.get(id));
}
