/**
 * The `Authentication` header check of every request (docs/services/ifirma.md, Authentication). The header
 * does not say which key signed, so the endpoint decides: `abonent/*` → abonent, `rachunekkraj*` → rachunek,
 * anything else → faktura (the key table of the Keys help; expense endpoints, the only `wydatek` users, are
 * not simulated).
 */
import { timingSafeEqual } from 'node:crypto';
import type { RecordedRequest } from '../server';
import { IfirmaError, KOD } from './envelope';
import type { KeyName } from './signature';
import { ifirmaSignature } from './signature';
import type { IfirmaStore } from './store';

/**
 * One space after the comma, lowercase hex (Signature page); INFERRED: anything else, RSA included, is
 * malformed.
 */
const HEADER = /^IAPIS user=([^\s,]+), hmac-sha1=([0-9a-f]{40})$/;

export function keyNameFor(path: string): KeyName {
	if (path.startsWith('/iapi/abonent/')) return 'abonent';
	if (path.startsWith('/iapi/rachunekkraj')) return 'rachunek';
	return 'faktura';
}

/** Passes quietly or throws the refusal, sent with `failureStatus` (INFERRED default 200). */
export function authenticate(request: RecordedRequest, store: IfirmaStore, failureStatus: number): void {
	const match = HEADER.exec(request.headers.authentication ?? '');
	if (match === null) throw new IfirmaError(KOD.BAD_HEADER, 'Nieprawidłowy nagłówek autoryzacji', failureStatus);
	const [, login = '', hash = ''] = match;
	if (login !== store.login) throw new IfirmaError(KOD.BAD_LOGIN, 'Nieprawidłowy login użytkownika', failureStatus);
	const keyName = keyNameFor(request.path);
	const hexKey = store.keys[keyName];
	if (hexKey === undefined) {
		throw new IfirmaError(KOD.NO_KEY, `Brak wygenerowanego klucza autoryzacji "${keyName}"`, failureStatus);
	}
	// The path as it came over the wire, percent-encoding and all: the client signed the URL it sent.
	const url = `${store.origin}${request.path}`;
	const expected = ifirmaSignature({ url, login, keyName, body: request.rawBody, hexKey });
	if (!timingSafeEqual(Buffer.from(expected, 'ascii'), Buffer.from(hash, 'ascii'))) {
		throw new IfirmaError(KOD.BAD_HASH, 'Nieprawidłowy skrót wiadomości (hmac-sha1)', failureStatus);
	}
}
