/**
 * Rails `accepts_nested_attributes_for`, as the API documents it for invoice positions (API page, READMEs)
 * and as warehouse actions use it too: an entry with `id` edits that record, with `_destroy` removes it,
 * without `id` appends a new one. An `id` that is not one of the parent's records is RecordNotFound → 404.
 */
import { castBoolean, isBlank } from './attributes';
import { INVALID, notFound } from './errors';
import type { FieldErrors } from './errors';
import type { Attributes } from './params';
import { isRecord } from './params';
import { idFrom } from '../common/table';

export interface NestedHandlers<R> {
	/** A new record, or undefined when `errors` got the reasons it is invalid. */
	build(attributes: Attributes, errors: FieldErrors): R | undefined;
	/** An edited copy (the original stays untouched until the whole write is valid), or undefined. */
	edit(record: R, attributes: Attributes, errors: FieldErrors): R | undefined;
}

/** Entries come as an array, or in the hash form `{"0": {…}, "1": {…}}` Rails also accepts. */
function entriesOf(input: unknown): unknown[] | undefined {
	if (Array.isArray(input)) return input;
	if (isRecord(input)) return Object.values(input);
	return undefined;
}

export function applyNestedAttributes<R extends { id: number }>(
	existing: readonly R[],
	input: unknown,
	association: string,
	errors: FieldErrors,
	handlers: NestedHandlers<R>,
): R[] {
	const entries = entriesOf(input);
	if (entries === undefined) {
		errors.add(association, INVALID);
		return [...existing];
	}
	const nestedErrors = errors.nested(association);
	const result = [...existing];
	for (const entry of entries) {
		if (!isRecord(entry)) {
			errors.add(association, INVALID);
			continue;
		}
		const destroy = castBoolean(entry._destroy) === true;
		if (isBlank(entry.id)) {
			const built = destroy ? undefined : handlers.build(entry, nestedErrors);
			if (built !== undefined) result.push(built);
			continue;
		}
		const index = result.findIndex((record) => record.id === idFrom(entry.id));
		if (index < 0) throw notFound();
		if (destroy) {
			result.splice(index, 1);
			continue;
		}
		const edited = handlers.edit(result[index] as R, entry, nestedErrors);
		if (edited !== undefined) result[index] = edited;
	}
	return result;
}
