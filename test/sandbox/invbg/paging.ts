/**
 * Lists: `page`/`per_page` in, `{"total", "<rows key>": [...]}` out (docs/services/invbg.md, "Lists"). The
 * parameter names and the 1–100 range come from third-party MCP pages; only the bank accounts' `accounts`
 * key is seen in code, the other row keys are INFERRED from the resource names.
 */
import type { QueryValue } from '../server';
import type { Call, Reply } from './endpoint';
import { json } from './endpoint';
import { Complaints, text } from './errors';

const DEFAULT_PER_PAGE = 25;
const MAX_PER_PAGE = 100;

function wholeNumber(value: QueryValue | undefined): number | undefined {
	return typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * INFERRED: a query parameter the list does not know is ignored, as web APIs commonly do; the node's tests
 * assert every query key it sends, so a misspelt filter still fails there.
 */
export function readListQuery(call: Call, complaints: Complaints): { page: number; perPage: number } {
	const query = call.request.query;
	const page = query.page === undefined ? 1 : wholeNumber(query.page);
	const perPage = query.per_page === undefined ? DEFAULT_PER_PAGE : wholeNumber(query.per_page);
	if (page === undefined || page < 1) complaints.add('page', text('Невалидна страница', 'Invalid page'));
	if (perPage === undefined || perPage < 1 || perPage > MAX_PER_PAGE) {
		complaints.add('per_page', text('Стойността трябва да е между 1 и 100', 'The value must be between 1 and 100'));
	}
	return { page: page ?? 1, perPage: perPage ?? DEFAULT_PER_PAGE };
}

/** One page of `rows` (already filtered, in id order) under `key`, with the count of them all. */
export function listAnswer<R>(rows: readonly R[], key: string, paging: { page: number; perPage: number }): Reply {
	const start = (paging.page - 1) * paging.perPage;
	return json(200, { total: rows.length, [key]: rows.slice(start, start + paging.perPage) });
}

/** A filter-free list: paging only. */
export function plainList<R>(call: Call, rows: readonly R[], key: string): Reply {
	const complaints = new Complaints();
	const paging = readListQuery(call, complaints);
	complaints.throwIfAny();
	return listAnswer(rows, key, paging);
}
