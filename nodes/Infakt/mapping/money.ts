import type { DecimalString } from '../../core/canonical';
import { decimalToMinorUnits, minorUnitsToDecimal, parseDecimal, simpleMoney } from '../../core/canonical';

/* inFakt counts every amount in grosze, as integers; the node's amounts are decimal strings. */

export function toGrosze(amount: string, label: string): number {
	return decimalToMinorUnits(amount, label, 'nonNegative');
}

/** `12345` → `"123.45"`; absent or null stays null, since a list may leave a total out. */
export function fromGrosze(value: unknown, label: string): DecimalString | null {
	if (value === undefined || value === null || value === '') return null;
	return simpleMoney(minorUnitsToDecimal(value, label), label);
}

/**
 * A line's gross value from its unit gross price and quantity, in whole grosze, rounded half up as inFakt
 * rounds a line's net (INFERRED: the API states no rule for a gross line). Done on digits, never floats.
 */
export function lineGrossGrosze(unitGross: string, quantity: string, label: string): number {
	const unit = BigInt(toGrosze(unitGross, label));
	const [whole, fraction = ''] = parseDecimal(quantity, label).replace('-', '').split('.');
	const scale = 10n ** BigInt(fraction.length);
	const scaled = unit * BigInt(`${whole}${fraction}`);
	const rounded = (scaled * 2n + scale) / (scale * 2n);
	return Number(rounded);
}
