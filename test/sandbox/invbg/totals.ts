/**
 * Invoice totals from the lines, the VAT percent and the document's reduction, in cents through bigints;
 * every rounding is to 2 places, half up (docs/services/invbg.md, "What the sandbox assumes": the order of
 * roundings is INFERRED — each line, then each VAT rate's share of the reduction, then each rate's VAT).
 */
import { divideRounded, formatMoney, parseScaled } from '../common/decimal';

/** Quantities and prices are kept to 4 places. */
export const FINE_SCALE = 4;
const FINE_UNIT = 10n ** BigInt(FINE_SCALE);

export interface TotalLine {
	/** The line's amount in cents, after its own reduction: net, or gross when prices include VAT. */
	amount: bigint;
	/** Whole percent: 20, 9 or 0. */
	rate: number;
}

export interface Reduction {
	type: 'currency' | 'percent';
	value: number | string;
}

export interface Totals {
	base: bigint;
	vat: bigint;
	total: bigint;
}

const fine = (value: number | string): bigint => parseScaled(value, FINE_SCALE) ?? 0n;

/** `quantity × price / forQuantity` in cents. */
export function lineAmount(
	quantity: number | string,
	price: number | string,
	forQuantity: number | string = 1,
): bigint {
	return divideRounded(fine(quantity) * fine(price) * 100n, fine(forQuantity) * FINE_UNIT);
}

/** How much a reduction takes off `amount` (cents); a percent is of `amount`. */
export function reductionAmount(amount: bigint, reduction: Reduction | null | undefined): bigint {
	if (!reduction) return 0n;
	const value = fine(reduction.value);
	return reduction.type === 'percent'
		? divideRounded(amount * value, 100n * FINE_UNIT)
		: divideRounded(value, FINE_UNIT / 100n);
}

/** Sum of the lines by VAT rate, in the order the rates first appear. */
function byRate(lines: readonly TotalLine[]): Map<number, bigint> {
	const groups = new Map<number, bigint>();
	for (const line of lines) groups.set(line.rate, (groups.get(line.rate) ?? 0n) + line.amount);
	return groups;
}

/** Throws a RangeError when the reduction is more than the lines. */
export function documentTotals(
	lines: readonly TotalLine[],
	pricesIncludeVat: boolean,
	reduction?: Reduction | null,
): Totals {
	const groups = byRate(lines);
	const sum = [...groups.values()].reduce((a, b) => a + b, 0n);
	const reduced = reductionAmount(sum, reduction);
	if (reduced > sum) throw new RangeError('reduction exceeds the lines');
	let left = reduced;
	let base = 0n;
	let vat = 0n;
	const rates = [...groups.keys()];
	rates.forEach((rate, index) => {
		const amount = groups.get(rate) ?? 0n;
		// The last rate takes what the rounded shares leave, so the shares add up to the reduction exactly.
		const share = index === rates.length - 1 ? left : sum === 0n ? 0n : divideRounded(reduced * amount, sum);
		left -= share;
		const after = amount - share;
		const rateVat = pricesIncludeVat
			? divideRounded(after * BigInt(rate), BigInt(100 + rate))
			: divideRounded(after * BigInt(rate), 100n);
		vat += rateVat;
		base += pricesIncludeVat ? after - rateVat : after;
	});
	return { base, vat, total: base + vat };
}

/** Cents as v3 writes money: a JSON number with at most two places. */
export const moneyNumber = (cents: bigint): number => Number(formatMoney(cents));

export const cents = (value: number | string): bigint => divideRounded(fine(value), FINE_UNIT / 100n);
