/** Amounts cross the API as JSON numbers and are computed in bigint cents; these convert between the two. */
import { formatMoney } from '../common/decimal';
import { exactUnits } from './validation';

export function amountOf(cents: bigint): number {
	return Number(formatMoney(cents));
}

/** Every amount the sandbox stores went through `amountOf`, so it has at most two decimals. */
export function centsOf(amount: number): bigint {
	const units = exactUnits(amount, 2);
	if (typeof units !== 'bigint') throw new Error(`not an amount in cents: ${amount}`);
	return units;
}
