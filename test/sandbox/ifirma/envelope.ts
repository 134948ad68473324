/**
 * The `{"response":{"Kod":…,"Informacja":…}}` envelope every reply travels in (FAQ), and the
 * error that carries a non-zero Kod from wherever a rule fails to the one place that answers it.
 */

/** Documented Kod values (FAQ; 208 from the Contractor pages). */
export const KOD = {
	OK: 0,
	TECHNICAL: 100,
	ENCODING: 101,
	CONTENT_TYPE: 102,
	STRUCTURE: 200,
	VALIDATION: 201,
	NO_CONTRACTOR_FOUND: 208,
	BAD_HEADER: 400,
	BAD_LOGIN: 401,
	NO_KEY: 402,
	BAD_HASH: 403,
	NO_ACCESS: 500,
} as const;

export type Payload = Record<string, unknown>;

export function envelope(kod: number, informacja: string, payload: Payload = {}): { response: Payload } {
	return { response: { Kod: kod, Informacja: informacja, ...payload } };
}

/**
 * A refusal. An error envelope carries only Kod and Informacja (INFERRED: no documented error example has
 * more). Seed helpers throw it too, so its message says what was wrong with the seed.
 */
export class IfirmaError extends Error {
	constructor(
		readonly kod: number,
		readonly informacja: string,
		/** INFERRED: ifirma documents no HTTP statuses; domain errors come back as 200. */
		readonly httpStatus = 200,
	) {
		super(`Kod ${kod}: ${informacja}`);
	}
}

/** INFERRED text: the docs name the codes, never the sentences. */
export function documentNotFound(): IfirmaError {
	return new IfirmaError(KOD.NO_ACCESS, 'Nie znaleziono dokumentu');
}
