import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Public-link tokens look like `chxfYsCys5BEKOmiPMO` in captured answers: letters and digits. */
export function randomToken(length = 19): string {
	return [...randomBytes(length)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}
