/**
 * These are plain `Error`s on purpose: the canonical layer knows nothing of n8n, and the node turns them
 * into a `NodeOperationError` that names the item. Their messages are complete sentences for the user.
 */

/** What a canonical value stands for, as the user reads it in a message. */
export type CanonicalConcept = 'vatRate' | 'paymentMethod' | 'documentKind';

const CONCEPT_NAMES: Record<CanonicalConcept, string> = {
	vatRate: 'VAT rate',
	paymentMethod: 'payment method',
	documentKind: 'document kind',
};

const MAX_SHOWN_LENGTH = 60;

/** User input echoed in a message, cut so that a pasted document does not become the message. */
function shown(value: unknown): string {
	const text = typeof value === 'string' ? value : String(value);
	return text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH)}…` : text;
}

/** A value the user gave that has the wrong form, e.g. `abc` as a price, or that the service cannot keep. */
export class InvalidValueError extends Error {
	readonly field: string;
	readonly value: string;
	/** What the user may enter instead, as a sentence for the error's description. */
	readonly hint?: string;

	constructor(field: string, value: unknown, expected: string, hint?: string) {
		super(`${field} must be ${expected} (got "${shown(value)}")`);
		this.name = 'InvalidValueError';
		this.field = field;
		this.value = String(value);
		this.hint = hint;
	}
}

/** A well-formed canonical value the service has no way to store, or a service code we cannot read. */
export class UnsupportedValueError extends Error {
	/** The service, as users know it. */
	readonly service: string;
	readonly concept: CanonicalConcept;
	readonly value: string;

	constructor(service: string, concept: CanonicalConcept, value: string, detail?: string) {
		const sentence = `${service} does not support the ${CONCEPT_NAMES[concept]} "${shown(value)}"`;
		super(detail === undefined ? sentence : `${sentence}: ${detail}`);
		this.name = 'UnsupportedValueError';
		this.service = service;
		this.concept = concept;
		this.value = value;
	}
}
