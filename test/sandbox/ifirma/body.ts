/**
 * Reading a POST/PUT body the way the FAQ's codes describe it: the content type first (102),
 * then the encoding (101), then the JSON itself (200). Field types are checked later, by shape.ts.
 */
import type { RecordedRequest } from '../server';
import { IfirmaError, KOD } from './envelope';

/**
 * `application/json`, optionally with a charset that must be UTF-8 — the docs send
 * `application/json; charset=UTF-8`. INFERRED: any other charset is refused as a bad content type.
 */
function isJsonContentType(header: string | undefined): boolean {
	if (header === undefined) return false;
	const [mediaType, ...parameters] = header.split(';').map((part) => part.trim().toLowerCase());
	if (mediaType !== 'application/json') return false;
	return parameters.every((parameter) => {
		const [name, value = ''] = parameter.split('=').map((part) => part.trim());
		return name !== 'charset' || value.replace(/^"|"$/g, '') === 'utf-8';
	});
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(raw: Buffer): string | undefined {
	try {
		return utf8.decode(raw);
	} catch {
		return undefined;
	}
}

export function readJsonBody(request: RecordedRequest): unknown {
	if (!isJsonContentType(request.headers['content-type'])) {
		throw new IfirmaError(
			KOD.CONTENT_TYPE,
			'Brak lub nieprawidłowy typ zawartości żądania (wymagany Content-Type: application/json; charset=UTF-8)',
		);
	}
	const text = decodeUtf8(request.rawBody);
	if (text === undefined) throw new IfirmaError(KOD.ENCODING, 'Nieprawidłowe kodowanie znaków (wymagane UTF-8)');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		// An empty body lands here too (INFERRED): every documented POST/PUT carries a JSON object.
		throw new IfirmaError(
			KOD.STRUCTURE,
			'Nieprawidłowa struktura obiektu domenowego: treść żądania nie jest poprawnym JSON',
		);
	}
}

/** The parsed body for `requests[i].body`, whatever the request's fate; undefined when it does not parse. */
export function peekJsonBody(request: RecordedRequest): unknown {
	if (!isJsonContentType(request.headers['content-type']) || request.rawBody.length === 0) return undefined;
	const text = decodeUtf8(request.rawBody);
	if (text === undefined) return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return undefined;
	}
}
