/**
 * API v3's error answers in one place (docs/services/invbg.md, "Errors"). The validation texts come in
 * Bulgarian and English and the request's `Accept-Language` picks one; the wording is the sandbox's own.
 */
import type { Language } from './store';

/** A Bulgarian text and its English twin. */
export interface Text {
	bg: string;
	en: string;
}

export type ErrorBody =
	| { kind: 'plain'; status: number; text: Text }
	| { kind: 'validation'; status: number; errors: Record<string, Text> }
	| { kind: 'description'; status: number; text: Text }
	| { kind: 'token' };

export class InvBgError extends Error {
	constructor(readonly answer: ErrorBody) {
		// Seed helpers throw this too; the message says what was wrong with the seed.
		super(`inv.bg ${JSON.stringify(answer)}`);
	}

	get status(): number {
		return this.answer.kind === 'token' ? 401 : this.answer.status;
	}

	body(language: Language): unknown {
		const answer = this.answer;
		switch (answer.kind) {
			case 'token':
				// The shape is a third-party test schema's; the text is INFERRED.
				return { status: 'error', message: 'Token is invalid or expired' };
			case 'plain':
				return { error: answer.text[language] };
			case 'description':
				return { error: { description: answer.text[language] } };
			case 'validation': {
				const errors = Object.fromEntries(
					Object.entries(answer.errors).map(([field, text]) => [field, text[language]]),
				);
				return { error: Object.values(errors)[0], errors };
			}
		}
	}
}

export const text = (bg: string, en: string): Text => ({ bg, en });

/** INFERRED text, the same in both languages. */
export const notFound = (): InvBgError =>
	new InvBgError({ kind: 'plain', status: 404, text: text('Not found', 'Not found') });

export const invalidToken = (): InvBgError => new InvBgError({ kind: 'token' });

export const plainError = (status: number, message: Text): InvBgError =>
	new InvBgError({ kind: 'plain', status, text: message });

/** A rule about the request as a whole rather than one field, answered as a 422 on that field. */
export const refuse = (field: string, message: Text): InvBgError =>
	new InvBgError({ kind: 'validation', status: 422, errors: { [field]: message } });

/** Collects every field's complaint, so one 422 names them all as a form validator does. */
export class Complaints {
	private readonly errors: Record<string, Text> = {};

	add(field: string, message: Text): void {
		this.errors[field] ??= message;
	}

	has(field: string): boolean {
		return field in this.errors;
	}

	throwIfAny(): void {
		if (Object.keys(this.errors).length > 0)
			throw new InvBgError({ kind: 'validation', status: 422, errors: this.errors });
	}
}
