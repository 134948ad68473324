/**
 * `page` and `count` of every list, and the `pages` total beside `return`. INFERRED: page 1 and 25 rows by
 * default (the page's sample asks for 25), at most 100 rows; a page past the end answers `return: []`.
 */
import type { Problems } from './envelope';
import { readInteger } from './fields';
import type { Input } from './input';

const DEFAULT_COUNT = 25;
const MAX_COUNT = 100;

export interface Paging {
	page: number;
	count: number;
}

export function readPaging(problems: Problems, input: Input): Paging {
	const page = readInteger(problems, input, 'page', 1) ?? 1;
	const count = readInteger(problems, input, 'count', 1) ?? DEFAULT_COUNT;
	if (count > MAX_COUNT) problems.add('count', `at most ${MAX_COUNT}`);
	return { page, count: Math.min(count, MAX_COUNT) };
}

export function pageOf<T>(rows: readonly T[], { page, count }: Paging): { rows: T[]; pages: number } {
	return { rows: rows.slice((page - 1) * count, page * count), pages: Math.max(1, Math.ceil(rows.length / count)) };
}
