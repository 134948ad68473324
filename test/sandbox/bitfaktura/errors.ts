/** The error answers of the Fakturownia engine, in one place so every resource says them the same way. */

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly body: unknown,
	) {
		// Seed helpers throw this too; the body in the message says what was wrong with the seed.
		super(`HTTP ${status}: ${JSON.stringify(body)}`);
	}
}

/** Text measured live (PHP client live tests); the envelope keys follow the Fakturownia bank-accounts page. */
export function unauthorized(): ApiError {
	return new ApiError(401, { code: 'error', message: 'You must be logged in to gain access to the site' });
}

/**
 * Unknown id, unknown path and a known path with another method all answer this (PHP client live tests; Rails
 * routing).
 */
export function notFound(): ApiError {
	return new ApiError(404, { code: 'error', message: 'Not Found' });
}

/**
 * A write without its resource wrapper (`{"invoice": {…}}`) or with an empty one. INFERRED: the modern
 * Rails idiom `params.require(:invoice)` raises ParameterMissing, which Rails answers with 400; the text is
 * that exception's message. 400 rather than 422 also tells a client apart a malformed request from data
 * that failed validation.
 */
export function missingWrapper(wrapper: string): ApiError {
	return new ApiError(400, { code: 'error', message: `param is missing or the value is empty: ${wrapper}` });
}

export function businessError(status: number, message: string): ApiError {
	return new ApiError(status, { code: 'error', message });
}

/**
 * Rails' validation messages, in the English the engine uses for the API (Fakturownia bank-accounts and KSeF
 * pages).
 */
export const BLANK = "can't be blank";
export const NOT_IN_LIST = 'is not included in the list';
export const INVALID = 'is invalid';
export const NOT_A_NUMBER = 'is not a number';
export const MUST_EXIST = 'must exist';
export const TAKEN = 'has already been taken';

/**
 * Collects field errors; 422 `{"code":"error","message":{"field":["…"]}}` when any (Fakturownia bank-accounts
 * and KSeF pages, PHP client live tests).
 */
export class FieldErrors {
	constructor(
		private readonly prefix = '',
		private readonly messages: Record<string, string[]> = {},
	) {}

	add(field: string, message: string): void {
		const key = `${this.prefix}${field}`;
		const list = (this.messages[key] ??= []);
		if (!list.includes(message)) list.push(message);
	}

	/** Errors of nested records are keyed `positions.name`, as Rails names nested-attribute errors. */
	nested(association: string): FieldErrors {
		return new FieldErrors(`${this.prefix}${association}.`, this.messages);
	}

	get empty(): boolean {
		return Object.keys(this.messages).length === 0;
	}

	throwIfAny(): void {
		if (!this.empty) throw new ApiError(422, { code: 'error', message: { ...this.messages } });
	}
}
