/**
 * Automatic document numbers `{seq}/{MM}/{YYYY}` (pattern `nr-m/mm/yyyy`, seen in captured answers:
 * `1/01/2018`), counted per document kind and month of issue. The real pattern is configurable per account;
 * this is its default (INFERRED). Explicit numbers are stored as given.
 */
import { isBlank } from './attributes';

function nextMonthlyNumber(existingNumbers: readonly string[], issueDate: string): string {
	const month = issueDate.slice(5, 7);
	const year = issueDate.slice(0, 4);
	const suffix = `/${month}/${year}`;
	let highest = 0;
	for (const number of existingNumbers) {
		if (!number.endsWith(suffix)) continue;
		const sequence = number.slice(0, -suffix.length);
		if (/^\d+$/.test(sequence)) highest = Math.max(highest, Number(sequence));
	}
	return `${highest + 1}${suffix}`;
}

/** The number to store: the given one, or the next automatic one when `number` is null or absent. */
export function documentNumber(given: unknown, existingNumbers: readonly string[], issueDate: string): string {
	return isBlank(given) ? nextMonthlyNumber(existingNumbers, issueDate) : String(given);
}
