/**
 * The XML API v1's error answers (docs/services/invbg.md, "XML API v1"). Only INVALID_LOGIN and its text are
 * on the vendor's page; the other three codes and their Bulgarian texts are INFERRED.
 */
export type V1ErrorCode = 'INVALID_LOGIN' | 'INVALID_XML' | 'MISSING_FIELD' | 'INVALID_VALUE';

export class V1Error extends Error {
	constructor(
		readonly code: V1ErrorCode,
		readonly text: string,
	) {
		super(`${code}: ${text}`);
	}
}

export const invalidLogin = (): V1Error => new V1Error('INVALID_LOGIN', 'Невалидно име или парола.');
export const invalidXml = (why: string): V1Error => new V1Error('INVALID_XML', `Невалиден XML: ${why}.`);
/** `path` as the element's place in the document, e.g. `invoice/info/type`. */
export const missingField = (path: string): V1Error =>
	new V1Error('MISSING_FIELD', `Липсва задължително поле: ${path}.`);
export const invalidValue = (path: string): V1Error =>
	new V1Error('INVALID_VALUE', `Невалидна стойност на поле: ${path}.`);
