import { InvalidValueError } from './errors';

/** A character outside the Basic Multilingual Plane: one character, two UTF-16 units. */
const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Characters as a person counts them, so an emoji in a name costs one character, not two. */
function characterCount(text: string): number {
	return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

/**
 * `text` when the service keeps all of it. A longer text is refused, not cut: a name cut short on a
 * tax document is a wrong name, and a pasted file in a field should stop the run, not fill the document.
 */
export function checkLength(text: string, maxLength: number, fieldLabel: string): string {
	// UTF-16 units are never fewer than characters, so most texts are decided without counting.
	if (text.length <= maxLength) return text;
	const length = characterCount(text);
	if (length <= maxLength) return text;
	throw new InvalidValueError(
		fieldLabel,
		text,
		`at most ${maxLength} characters long, not ${length}`,
		`Shorten it to at most ${maxLength} characters; a longer text is refused rather than cut.`,
	);
}
