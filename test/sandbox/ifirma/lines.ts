/**
 * Document lines (`Pozycje`, Domestic invoice and Pro forma pages) and the totals they add up to, in bigint
 * minor units so no amount passes through floating point: quantities in 1/10000, prices in cents, discounts
 * and VAT rates in 1/10000 of the whole (23 % → 2300).
 */
import { divideRounded } from '../common/decimal';
import type { Fields } from './shape';
import { isPlainObject } from './shape';
import { FieldReader, Problems, REQUIRED } from './validation';

export const LINE_FIELDS: Fields = {
	StawkaVat: 'number',
	TypStawkiVat: 'string',
	Ilosc: 'number',
	CenaJednostkowa: 'number',
	NazwaPelna: 'string',
	Jednostka: 'string',
	PKWiU: 'string',
	GTU: 'string',
	Rabat: 'number',
	StawkaRyczaltu: 'number',
	PodstawaPrawna: 'string',
	Zal15: 'boolean',
	NazwaPelnaObca: 'string',
	JednostkaObca: 'string',
};

const WHOLE = 10000n;
const QUANTITY_SCALE = 4;
const PRICE_SCALE = 2;
const PERCENT_SCALE = 2;
/** `< 100000000` in cents. */
const PRICE_LIMIT = 100000000n * 100n;
/** "<= 12 cyfr" read as at most 12 digits with the 4 decimals included (INFERRED). */
const QUANTITY_LIMIT = 10n ** 12n;

/** The documented rates; `0.00` and `0` are the same JSON number. */
const VAT_RATES = new Map<number, bigint>([
	[0.23, 2300n],
	[0.08, 800n],
	[0.05, 500n],
	[0, 0n],
]);

/**
 * The Pro forma page's list with its `0.85` read as the 8.5 % it means, plus the 12 % and 14 % rates of 2022
 * (iFirmaBundle).
 */
const FLAT_TAX_RATES = [0.03, 0.055, 0.085, 0.1, 0.12, 0.125, 0.14, 0.15, 0.17];

const GTU_CODES = ['BRAK', ...Array.from({ length: 13 }, (_, index) => String(index + 1).padStart(2, '0'))];

export interface LineValue {
	/** VAT rate in 1/10000; null for exempt (`ZW`) lines and for bills. */
	rate: bigint | null;
	/** Quantity × unit price less the discount, in cents: net or gross as `LiczOd` says. */
	value: bigint;
}

function readAmounts(reader: FieldReader): bigint | undefined {
	const quantity = reader.decimal('Ilosc', QUANTITY_SCALE, { required: true });
	if (quantity !== undefined && quantity <= 0n) reader.fail('Ilosc', 'musi być większa od 0');
	if (quantity !== undefined && quantity >= QUANTITY_LIMIT) reader.fail('Ilosc', 'maksymalnie 12 cyfr');
	const price = reader.decimal('CenaJednostkowa', PRICE_SCALE, { required: true });
	if (price !== undefined && price <= 0n) reader.fail('CenaJednostkowa', 'musi być większa od 0');
	if (price !== undefined && price >= PRICE_LIMIT) reader.fail('CenaJednostkowa', 'musi być mniejsza od 100000000');
	const discount = reader.decimal('Rabat', PERCENT_SCALE) ?? 0n;
	if (discount < 0n || discount >= 100n * 100n) reader.fail('Rabat', 'musi być >= 0 i < 100');
	if (quantity === undefined || price === undefined || quantity <= 0n || price <= 0n) return undefined;
	// INFERRED: the discount applies to the line value and the line is rounded once, half away from zero.
	return divideRounded(quantity * price * (WHOLE - discount), WHOLE * WHOLE);
}

function readRate(reader: FieldReader): bigint | null | undefined {
	const type = reader.choice('TypStawkiVat', ['PRC', 'ZW'], { required: true });
	const given = reader.source.StawkaVat;
	if (type === 'ZW') {
		// The Pro forma page: "Null" is the rate of an exempt line.
		if (given !== undefined && given !== null) reader.fail('StawkaVat', 'dla TypStawkiVat ZW stawka musi być null');
		return null;
	}
	if (typeof given !== 'number') {
		if (type === 'PRC') reader.fail('StawkaVat', REQUIRED);
		return undefined;
	}
	const rate = VAT_RATES.get(given);
	if (rate === undefined) {
		reader.fail('StawkaVat', `niedozwolona wartość ${given} (dozwolone: 0.23, 0.08, 0.05, 0.00, null)`);
	}
	return type === 'PRC' ? rate : undefined;
}

function readLine(
	line: Record<string, unknown>,
	problems: Problems,
	prefix: string,
	withVat: boolean,
): LineValue | undefined {
	const reader = new FieldReader(line, problems, prefix);
	reader.text('NazwaPelna', { required: true, max: 300 });
	reader.text('Jednostka', { required: true, max: 10 });
	reader.text('NazwaPelnaObca', { max: 300 });
	reader.text('JednostkaObca', { max: 10 });
	reader.text('PKWiU', { max: 30 });
	reader.choice('GTU', GTU_CODES);
	const flatTax = line.StawkaRyczaltu;
	if (typeof flatTax === 'number' && !FLAT_TAX_RATES.includes(flatTax)) {
		reader.fail('StawkaRyczaltu', `niedozwolona wartość ${flatTax} (dozwolone: ${FLAT_TAX_RATES.join(', ')})`);
	}
	// Bills carry no VAT: their rate fields are not read at all.
	const rate = withVat ? readRate(reader) : null;
	const value = readAmounts(reader);
	return value === undefined || rate === undefined ? undefined : { rate, value };
}

/** The lines of `body[key]`, or undefined when any of them failed (the problems say which). */
export function readLines(
	body: Record<string, unknown>,
	problems: Problems,
	withVat: boolean,
	key = 'Pozycje',
): LineValue[] | undefined {
	const lines = body[key];
	if (!Array.isArray(lines)) {
		problems.add(key, REQUIRED);
		return undefined;
	}
	if (lines.length === 0) {
		problems.add(key, 'wymagana co najmniej jedna pozycja');
		return undefined;
	}
	const values = lines.map((line, index) =>
		isPlainObject(line) ? readLine(line, problems, `${key}[${index}].`, withVat) : undefined,
	);
	return values.every((value): value is LineValue => value !== undefined) ? values : undefined;
}

export interface CentTotals {
	net: bigint;
	vat: bigint;
	gross: bigint;
}

/**
 * INFERRED: VAT is computed once per rate on the sum of that rate's lines (the method Polish invoices print
 * in their per-rate summary), from net values for `NET` and extracted from gross values for `BRT`.
 */
export function computeTotals(lines: readonly LineValue[], countFrom: 'NET' | 'BRT'): CentTotals {
	const groups = new Map<string, { rate: bigint; sum: bigint }>();
	for (const line of lines) {
		const key = line.rate === null ? 'ZW' : String(line.rate);
		const group = groups.get(key) ?? { rate: line.rate ?? 0n, sum: 0n };
		group.sum += line.value;
		groups.set(key, group);
	}
	const totals: CentTotals = { net: 0n, vat: 0n, gross: 0n };
	for (const { rate, sum } of groups.values()) {
		const vat = countFrom === 'NET' ? divideRounded(sum * rate, WHOLE) : divideRounded(sum * rate, WHOLE + rate);
		const net = countFrom === 'NET' ? sum : sum - vat;
		totals.net += net;
		totals.vat += vat;
		totals.gross += net + vat;
	}
	return totals;
}
