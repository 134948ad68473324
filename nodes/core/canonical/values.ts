import { InvalidValueError } from './errors';

function sameCode(left: string, right: string): boolean {
	return left.trim().toLowerCase() === right.trim().toLowerCase();
}

/** Reads a canonical value typed by a user or an expression, forgiving case: `"CashOnDelivery"` is fine. */
export function canonicalValue<Canonical extends string>(
	values: readonly Canonical[],
	input: string,
	fieldLabel: string,
): Canonical {
	const found = values.find((value) => sameCode(value, input));
	if (found === undefined) throw new InvalidValueError(fieldLabel, input, `one of ${values.join(', ')}`);
	return found;
}
