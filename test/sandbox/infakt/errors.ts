/**
 * inFakt's error answers (docs/services/infakt.md, Errors): `{"error": "..."}` for most refusals and
 * `{"errors": {"<field>": ["..."]}}` for validation. Thrown from wherever a rule fails and answered in one
 * place, so every endpoint refuses the same way.
 */

export type FieldErrors = Record<string, string[]>;

export class InfaktError extends Error {
	constructor(
		readonly status: number,
		readonly body: { error: string } | { errors: FieldErrors },
	) {
		super('error' in body ? body.error : JSON.stringify(body.errors));
	}
}

/** The 404 text is the documented one; every other text here is INFERRED (Polish, in the service's voice). */
export const MESSAGE = {
	NOT_FOUND: 'Zasób którego szukasz nie został znaleziony.',
	UNAUTHORIZED: 'Nieprawidłowy klucz API.',
	FORBIDDEN: 'Brak uprawnień do wykonania tej operacji.',
	PLAN_LIMIT: 'Przekroczono limit planu.',
	NOT_ACCEPTABLE: 'Nieprawidłowy format danych. Oczekiwano JSON.',
	LOCKED: 'Zasób jest zablokowany do czasu zakończenia przetwarzania zlecenia.',
	RATE_LIMIT: 'Przekroczono limit zapytań. Spróbuj ponownie później.',
	BLANK: 'nie może być puste',
	INVALID: 'jest nieprawidłowe',
	NOT_INTEGER: 'musi być liczbą całkowitą',
	NOT_POSITIVE: 'musi być większe od 0',
	TAKEN: 'Numer jest już zajęty.',
	PAYMENT_METHOD: 'Proszę wybrać odpowiedni sposób płatności.',
	NO_SERVICES: 'Faktura musi zawierać co najmniej jedną pozycję.',
	NO_CLIENT: 'Proszę podać nazwę firmy lub imię i nazwisko klienta.',
	NO_CLIENT_RECORD: 'Klient nie istnieje.',
	EXEMPTION_REQUIRED: 'Proszę wybrać podstawę zwolnienia z VAT.',
	NO_RECIPIENT: 'Proszę podać adres e-mail odbiorcy.',
	PAID_BEFORE_ISSUE: 'Data zapłaty nie może być wcześniejsza niż data wystawienia faktury.',
	PAID_DATE_INVALID: 'Data zapłaty jest nieprawidłowa.',
	ALREADY_PAID: 'Faktura jest już oznaczona jako zapłacona.',
} as const;

export function failWith(status: number, error: string): never {
	throw new InfaktError(status, { error });
}

export const notFound = (): never => failWith(404, MESSAGE.NOT_FOUND);

/** A bad query parameter (400, documented as "bad parameter value"; the text is INFERRED). */
export const badParameter = (name: string): never => failWith(400, `Nieprawidłowa wartość parametru ${name}.`);

/** Collects every problem of one record, so a client sees them all at once, keyed `field` or `services.<i>.field`. */
export class Problems {
	constructor(
		readonly errors: FieldErrors = {},
		private readonly prefix = '',
	) {}

	/** Problems of a nested record, named `parent.field` (`services.0.name`). */
	within(name: string | number): Problems {
		return new Problems(this.errors, `${this.prefix}${name}.`);
	}

	add(field: string, message: string): void {
		(this.errors[`${this.prefix}${field}`] ??= []).push(message);
	}

	get any(): boolean {
		return Object.keys(this.errors).length > 0;
	}

	/** Sync endpoints answer the problems at once as 422. */
	throwIfAny(): void {
		if (this.any) throw new InfaktError(422, { errors: this.errors });
	}
}
