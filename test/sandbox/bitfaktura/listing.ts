/**
 * Page-number pagination shared by every list: a bare JSON array, no envelope, no total (MCP server notes, Go
 * CLI).
 */
import type { Params } from './params';

/**
 * Default page size (VosFactures README); the largest page the API serves (Fakturownia README). Above it is
 * clamped (INFERRED).
 */
const DEFAULT_PER_PAGE = 25;
const MAX_PER_PAGE = 100;

function positiveInteger(value: unknown): number | undefined {
	const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
	return typeof number === 'number' && Number.isSafeInteger(number) && number >= 1 ? number : undefined;
}

/** `page` from 1; a page past the end is `[]` (INFERRED from clients that loop until an empty page). */
export function pageOf<T>(rows: readonly T[], params: Params): T[] {
	const page = positiveInteger(params.page) ?? 1;
	const perPage = Math.min(positiveInteger(params.per_page) ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
	return rows.slice((page - 1) * perPage, page * perPage);
}
