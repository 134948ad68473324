/**
 * The `{result, errors, messages, return, pages, additional}` envelope every JSON answer travels in
 * (docs/services/afaktury.md, Response envelope), and the refusal that carries `errors[]` from wherever a
 * rule fails to the one place that answers it.
 */

export interface Envelope {
	result: boolean;
	errors: string[];
	messages: string[];
	return?: unknown[];
	pages?: number;
	additional?: Record<string, unknown>;
}

export function success(messages: string[], records?: unknown[], extra: Partial<Envelope> = {}): Envelope {
	return { result: true, errors: [], messages, ...(records === undefined ? {} : { return: records }), ...extra };
}

/** Observed by the third-party client: failures carry only the three keys. */
export function failure(errors: string[]): Envelope {
	return { result: false, errors, messages: [] };
}

/**
 * A refusal, answered HTTP 200 with `result: false` (observed for bad credentials; INFERRED for every other
 * business error). Seed helpers throw it too, so its message says what was wrong with the seed.
 */
export class AfakturyError extends Error {
	constructor(readonly errors: string[]) {
		super(errors.join('; '));
	}
}

/** Only "Invalid authentication" is observed wording; the rest below is INFERRED. */
export const MESSAGE = {
	AUTH: 'Invalid authentication',
	EMPTY: 'This field cannot be empty',
	INVALID: 'Invalid data',
	NOT_FOUND: 'Object not found',
	UNKNOWN_ACTION: 'Unknown action',
	DONE: 'Action performed successfully',
	READ: 'Objects read',
	ADDED: 'Object added',
	UPDATED: 'Object updated',
	DELETED: 'Object deleted',
} as const;

/** Collects every problem of one request, so a client sees them all at once as `field: message`. */
export class Problems {
	constructor(
		private readonly list: string[] = [],
		private readonly prefix = '',
	) {}

	/** Problems of a nested object, named `parent.field` (`products.0.vat`). */
	within(name: string | number): Problems {
		return new Problems(this.list, `${this.prefix}${name}.`);
	}

	add(field: string, message: string): void {
		this.list.push(`${this.prefix}${field}: ${message}`);
	}

	empty(field: string): void {
		this.add(field, MESSAGE.EMPTY);
	}

	get count(): number {
		return this.list.length;
	}

	throwIfAny(): void {
		if (this.list.length > 0) throw new AfakturyError([...this.list]);
	}
}
