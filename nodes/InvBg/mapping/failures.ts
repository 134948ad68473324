import type { FieldError, ProviderFailure } from '../../core/errors';
import type { XmlObject } from '../../core/xml';

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldErrors(errors: unknown): FieldError[] {
	if (!isRecord(errors)) return [];
	return Object.entries(errors).map(([field, said]) => ({
		field,
		messages: (Array.isArray(said) ? said : [said]).map(String),
	}));
}

/**
 * v3 refuses in three shapes (docs/services/invbg.md, "Errors"): `{"error":"…","errors":{field: text}}`,
 * `{"error":{"description":"…"}}` (third-party code) and, for a refused token, `{"status":"error","message":"…"}`.
 */
export function v3Failure(status: number, body: unknown): ProviderFailure {
	if (isRecord(body)) {
		const { error, errors, message } = body;
		const fields = fieldErrors(errors);
		const withFields = fields.length > 0 ? { fieldErrors: fields } : {};
		if (typeof error === 'string' && error !== '') return { message: error, ...withFields };
		if (isRecord(error) && typeof error.description === 'string') return { message: error.description, ...withFields };
		if (typeof message === 'string' && message !== '') return { message, ...withFields };
		if (fields.length > 0) return { message: '', fieldErrors: fields };
	}
	return { message: `The service answered with HTTP ${status}` };
}

/** What to do about each error code of the XML API; only INVALID_LOGIN is documented, the rest are INFERRED. */
const V1_HINTS: Record<string, string> = {
	INVALID_LOGIN: 'Check the username, password and company domain in the inv.bg credential.',
	INVALID_XML: 'The document did not reach inv.bg as XML. Check the XML API address in the credential.',
	MISSING_FIELD: 'Fill in the field the message names.',
	INVALID_VALUE: 'Correct the value the message names.',
};

function textOf(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/** The XML API's `<result>`, whatever its status; undefined when the answer is not one. */
export function v1Result(body: unknown): XmlObject | undefined {
	const result = isRecord(body) ? body.result : undefined;
	return isRecord(result) ? (result as XmlObject) : undefined;
}

/** `<status>ERROR</status>` with its code and Bulgarian message, answered with HTTP 200. */
export function v1Failure(body: unknown): ProviderFailure | undefined {
	const result = v1Result(body);
	if (result === undefined || textOf(result.status) !== 'ERROR') return undefined;
	const code = textOf(result.error_code);
	const said = textOf(result.error_message) || 'The service refused the document';
	return { message: code === '' ? said : `${said} (${code})`, hint: V1_HINTS[code] };
}
