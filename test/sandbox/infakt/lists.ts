/**
 * Every list's paging, filtering and sorting (docs/services/infakt.md, Lists): `offset` and `limit` (at most
 * 100, default 10 INFERRED), Ransack-style `q[<field>_<modifier>]` filters, `order=<field> asc|desc`, and the
 * `{metainfo, entities}` envelope. INFERRED (no public source quotes one): `next` is set on every page, the
 * last included, and points at production with the path doubled (`/api/v3/v3/...`), so a client that
 * follows it instead of counting from `total_count` is caught.
 */
import type { RecordedRequest } from '../server';
import { badParameter } from './errors';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 100;
const PRODUCTION_PREFIX = 'https://api.infakt.pl/api/v3/v3';

/** A filter's `q[...]` key and the test a record must pass for the value sent. */
export type Filters<R> = Record<string, (record: R, value: string) => boolean>;

/** Fields a list may be sorted on, and how to read each. */
export type Sortable<R> = Record<string, (record: R) => string | number | null>;

export interface ListSpec<R> {
	/** The path below the base, for `next` and `previous`: `/invoices.json`. */
	path: string;
	filters: Filters<R>;
	sortable: Sortable<R>;
}

/** One query parameter; the last wins when it was sent twice. */
export function queryText(request: RecordedRequest, name: string): string | undefined {
	const value = request.query[name];
	return Array.isArray(value) ? value[value.length - 1] : value;
}

function readCount(request: RecordedRequest, name: string, fallback: number): number {
	const text = queryText(request, name);
	if (text === undefined || text === '') return fallback;
	if (!/^\d+$/.test(text)) return badParameter(name);
	return Number(text);
}

/** Ransack reads `true`/`1` as true and `false`/`0` as false; anything else leaves the filter out. */
export function ransackBoolean(value: string): boolean | undefined {
	if (value === 'true' || value === '1') return true;
	if (value === 'false' || value === '0') return false;
	return undefined;
}

function applyFilters<R>(records: R[], request: RecordedRequest, filters: Filters<R>): R[] {
	let kept = records;
	for (const [key, test] of Object.entries(filters)) {
		const value = queryText(request, `q[${key}]`);
		// INFERRED: an empty value or a filter the list does not know leaves the list unfiltered, as Ransack does.
		if (value !== undefined && value !== '') kept = kept.filter((record) => test(record, value));
	}
	return kept;
}

function compare(a: string | number | null, b: string | number | null): number {
	if (a === b) return 0;
	if (a === null) return -1;
	if (b === null) return 1;
	return a < b ? -1 : 1;
}

/** INFERRED: an order on a field the list cannot sort by is a bad parameter (400). */
function applyOrder<R>(records: R[], request: RecordedRequest, sortable: Sortable<R>): R[] {
	const order = queryText(request, 'order');
	if (order === undefined || order === '') return records;
	const [field = '', direction = 'asc', ...rest] = order.trim().split(/\s+/);
	const read = sortable[field];
	if (read === undefined || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) return badParameter('order');
	const sign = direction.toLowerCase() === 'desc' ? -1 : 1;
	return [...records].sort((a, b) => sign * compare(read(a), read(b)));
}

export function listEnvelope<R>(records: R[], request: RecordedRequest, spec: ListSpec<R>, render: (record: R) => unknown = (record) => record) {
	const offset = readCount(request, 'offset', 0);
	const limit = Math.min(readCount(request, 'limit', DEFAULT_LIMIT), MAX_LIMIT);
	if (limit === 0) return badParameter('limit');
	const matching = applyOrder(applyFilters(records, request, spec.filters), request, spec.sortable);
	const page = matching.slice(offset, offset + limit);
	const link = (at: number) => `${PRODUCTION_PREFIX}${spec.path}?offset=${at}&limit=${limit}`;
	return {
		metainfo: { count: page.length, total_count: matching.length, next: link(offset + limit), previous: link(Math.max(0, offset - limit)) },
		entities: page.map(render),
	};
}

/** Digits only, as `clean_nip` compares: `PL 526-025-02-74` → `5260250274`. */
export const digitsOf = (text: string | null): string => (text ?? '').replace(/\D/g, '');

export const containsIgnoringCase = (text: string | null, part: string): boolean => (text ?? '').toLowerCase().includes(part.toLowerCase());
