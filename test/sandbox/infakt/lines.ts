/**
 * An invoice's `services`: read, checked and priced in grosze (docs/services/infakt.md, Money and lines).
 * A line's net is round(unit_net_price × quantity), less its discount, half up; its tax round(net × rate);
 * a line given only `net_price` or only `gross_price` gets the rest derived from it (documented for gross,
 * INFERRED for net). Errors are keyed `services.<index>.<field>`.
 */
import { divideRounded, formatPlain, HUNDRED_PERCENT, parseQuantity, parseScaled, QUANTITY_SCALE, RATE_SCALE } from '../common/decimal';
import { MESSAGE } from './errors';
import type { Problems } from './errors';
import { TAX_PERCENT } from './reference';
import type { ServiceLine } from './store';
import { given, isObject, readInteger, readText } from './values';
import type { Input } from './values';

const QUANTITY_ONE = 10n ** BigInt(QUANTITY_SCALE);

function readQuantity(input: Input, problems: Problems): bigint | undefined {
	// INFERRED: a line without a quantity counts one piece.
	if (!given(input.quantity)) return QUANTITY_ONE;
	const quantity = parseQuantity(input.quantity);
	if (quantity === undefined) problems.add('quantity', MESSAGE.INVALID);
	else if (quantity <= 0n) problems.add('quantity', MESSAGE.NOT_POSITIVE);
	else return quantity;
	return undefined;
}

/** Percent in hundredths (12.5 % → 1250). INFERRED: it lowers the line's net, as a discount on the unit price. */
function readDiscount(input: Input, problems: Problems): bigint | undefined {
	if (!given(input.discount)) return 0n;
	const discount = parseScaled(input.discount, RATE_SCALE);
	if (discount === undefined || discount < 0n || discount > HUNDRED_PERCENT) {
		problems.add('discount', MESSAGE.INVALID);
		return undefined;
	}
	return discount;
}

interface Amounts {
	unit: bigint;
	net: bigint;
	tax: bigint;
}

function price(input: Input, problems: Problems, quantity: bigint, discount: bigint, percent: bigint): Amounts | undefined {
	const unit = readInteger(input, 'unit_net_price', problems);
	const net = readInteger(input, 'net_price', problems);
	const gross = readInteger(input, 'gross_price', problems);
	if (unit !== null) {
		const lineNet = divideRounded(BigInt(unit) * quantity * (HUNDRED_PERCENT - discount), QUANTITY_ONE * HUNDRED_PERCENT);
		return { unit: BigInt(unit), net: lineNet, tax: divideRounded(lineNet * percent, 100n) };
	}
	if (net !== null) {
		return { unit: divideRounded(BigInt(net) * QUANTITY_ONE, quantity), net: BigInt(net), tax: divideRounded(BigInt(net) * percent, 100n) };
	}
	if (gross !== null) {
		const lineNet = divideRounded(BigInt(gross) * 100n, 100n + percent);
		return { unit: divideRounded(lineNet * QUANTITY_ONE, quantity), net: lineNet, tax: BigInt(gross) - lineNet };
	}
	// INFERRED: a line must carry a price in one of its three forms.
	if (input.unit_net_price === undefined && input.net_price === undefined && input.gross_price === undefined) {
		problems.add('unit_net_price', MESSAGE.BLANK);
	}
	return undefined;
}

/** Printed as the service prints a product's discount: `"0.0"`, `"12.5"`. */
function discountText(hundredths: bigint): string {
	const text = formatPlain(hundredths, RATE_SCALE);
	return text.includes('.') ? text : `${text}.0`;
}

function readLine(value: unknown, index: number, problems: Problems, nextLineId: () => number): ServiceLine | undefined {
	const lineProblems = problems.within('services').within(index);
	if (!isObject(value)) {
		lineProblems.add('name', MESSAGE.BLANK);
		return undefined;
	}
	const name = readText(value, 'name', lineProblems);
	if (name === null) lineProblems.add('name', MESSAGE.BLANK);
	const symbol = readText(value, 'tax_symbol', lineProblems);
	const percent = symbol === null ? undefined : TAX_PERCENT[symbol];
	if (symbol === null) lineProblems.add('tax_symbol', MESSAGE.BLANK);
	else if (percent === undefined) lineProblems.add('tax_symbol', MESSAGE.INVALID);
	const quantity = readQuantity(value, lineProblems);
	const discount = readDiscount(value, lineProblems);
	const amounts = quantity === undefined || discount === undefined ? undefined : price(value, lineProblems, quantity, discount, BigInt(percent ?? 0));
	const unit = readText(value, 'unit', lineProblems);
	const pkwiu = readText(value, 'pkwiu', lineProblems);
	if (name === null || symbol === null || percent === undefined || quantity === undefined || discount === undefined || amounts === undefined) return undefined;
	return {
		id: nextLineId(),
		name,
		tax_symbol: symbol,
		unit,
		quantity: Number(formatPlain(quantity, QUANTITY_SCALE)),
		unit_net_price: Number(amounts.unit),
		net_price: Number(amounts.net),
		tax_price: Number(amounts.tax),
		gross_price: Number(amounts.net + amounts.tax),
		pkwiu,
		discount: discountText(discount),
	};
}

/** Undefined when `services` was not sent at all (an update keeps the old lines). */
export function readLines(input: Input, problems: Problems, nextLineId: () => number): ServiceLine[] | undefined {
	if (input.services === undefined) return undefined;
	if (!Array.isArray(input.services) || input.services.length === 0) {
		problems.add('services', MESSAGE.NO_SERVICES);
		return [];
	}
	const lines = input.services.map((line, index) => readLine(line, index, problems, nextLineId));
	return lines.filter((line): line is ServiceLine => line !== undefined);
}

export interface Totals {
	net_price: number;
	tax_price: number;
	gross_price: number;
}

export function totalsOf(lines: readonly ServiceLine[]): Totals {
	const sum = (pick: (line: ServiceLine) => number) => lines.reduce((total, line) => total + pick(line), 0);
	return { net_price: sum((line) => line.net_price), tax_price: sum((line) => line.tax_price), gross_price: sum((line) => line.gross_price) };
}
