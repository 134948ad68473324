/**
 * The `products` array of a document (InvoiceProduct). `vat` and `unit` are ids of the account's
 * dictionaries, never a rate or a unit name. INFERRED: `netto` and `brutto` are unit prices (the sample's
 * 10 × netto 100 / brutto 123 reads so); when both come, netto decides and brutto is derived; `rebate`
 * is echoed and does not change the totals.
 */
import { divideRounded, formatMoney, HUNDRED_PERCENT } from '../common/decimal';
import { findEntry, rateOf } from './dictionaries';
import type { Problems } from './envelope';
import { isAbsent, isObject, readEntryId, readFlag, readInteger, readMoney, readText, refuseUnknown } from './fields';
import type { Input } from './input';
import type { DocumentModule } from './modules';
import { allowsNegativeAmounts } from './modules';
import { lineTotal, parseAmount } from './numbers';
import type { AfakturyStore, DocumentLine } from './store';

const KNOWN = new Set([
	'id',
	'name',
	'pkwiu',
	'ean',
	'amount',
	'netto',
	'brutto',
	'rebate',
	'isCountable',
	'JPKColumn',
	'vat',
	'unit',
	'isInvoice',
	'product',
]);

interface Prices {
	netto: bigint;
	brutto: bigint;
	lineNetto: bigint;
	lineVat: bigint;
	lineBrutto: bigint;
}

function pricesFromNet(netto: bigint, amount: bigint, rate: bigint): Prices {
	const lineNetto = lineTotal(netto, amount);
	const lineVat = divideRounded(lineNetto * rate, HUNDRED_PERCENT);
	return {
		netto,
		brutto: netto + divideRounded(netto * rate, HUNDRED_PERCENT),
		lineNetto,
		lineVat,
		lineBrutto: lineNetto + lineVat,
	};
}

function pricesFromGross(brutto: bigint, amount: bigint, rate: bigint): Prices {
	const lineBrutto = lineTotal(brutto, amount);
	const lineNetto = divideRounded(lineBrutto * HUNDRED_PERCENT, HUNDRED_PERCENT + rate);
	return {
		netto: divideRounded(brutto * HUNDRED_PERCENT, HUNDRED_PERCENT + rate),
		brutto,
		lineNetto,
		lineVat: lineBrutto - lineNetto,
		lineBrutto,
	};
}

function readAmount(problems: Problems, line: Input, module: DocumentModule): bigint | null {
	if (isAbsent(line.amount)) {
		problems.empty('amount');
		return null;
	}
	const amount = parseAmount(line.amount);
	const lowest = allowsNegativeAmounts(module) ? undefined : 0n;
	if (amount === undefined || amount === 0n || (lowest !== undefined && amount < lowest)) {
		problems.add('amount', allowsNegativeAmounts(module) ? 'must be a non-zero number' : 'must be a positive number');
		return null;
	}
	return amount;
}

function readCatalogueId(problems: Problems, line: Input, store: AfakturyStore): number | null {
	const id = readInteger(problems, line, 'product', 1);
	if (id !== null && !store.catalogue.some((product) => product.id === id)) {
		problems.add('product', `unknown product id ${id}`);
		return null;
	}
	return id;
}

function readExtra(problems: Problems, line: Input): Record<string, string | number> {
	const extra: Record<string, string | number> = {};
	const pkwiu = readText(problems, line, 'pkwiu', 31);
	if (pkwiu !== null) extra.pkwiu = pkwiu;
	const ean = readText(problems, line, 'ean', 31);
	if (ean !== null) extra.ean = ean;
	const rebate = readMoney(problems, line, 'rebate', 0n);
	if (rebate !== null && rebate > 10000n) problems.add('rebate', 'at most 100');
	extra.rebate = formatMoney(rebate ?? 0n);
	extra.isCountable = readFlag(problems, line, 'isCountable', 0);
	extra.isInvoice = readFlag(problems, line, 'isInvoice', 0);
	extra.JPKColumn = readInteger(problems, line, 'JPKColumn', 0) ?? 0;
	return extra;
}

function readLine(problems: Problems, line: Input, store: AfakturyStore, module: DocumentModule): DocumentLine | null {
	refuseUnknown(problems, line, KNOWN);
	const before = problems.count;
	const name = readText(problems, line, 'name', 255, true);
	const amount = readAmount(problems, line, module);
	const netto = readMoney(problems, line, 'netto', 0n);
	const brutto = readMoney(problems, line, 'brutto', 0n);
	if (isAbsent(line.netto) && isAbsent(line.brutto)) problems.empty('netto');
	const vat = readEntryId(problems, line, 'vat', store.dictionaries, 'vat', true);
	const unit = readEntryId(problems, line, 'unit', store.dictionaries, 'unit', true);
	const product = readCatalogueId(problems, line, store);
	const extra = readExtra(problems, line);
	if (problems.count > before || name === null || amount === null || vat === null || unit === null) return null;
	const entry = findEntry(store.dictionaries, 'vat', vat);
	const rate = entry === undefined ? 0n : rateOf(entry);
	const prices =
		netto !== null ? pricesFromNet(netto, amount, rate) : pricesFromGross(brutto ?? 0n, amount, rate);
	return { id: 0, name, amount, ...prices, vat, unit, product, extra };
}

/** Ids are handed out only once the whole document is accepted, by the caller. */
export function readLines(problems: Problems, input: Input, store: AfakturyStore, module: DocumentModule): DocumentLine[] {
	const value = input.products;
	if (!Array.isArray(value) || value.length === 0) {
		if (value === undefined || value === null || Array.isArray(value)) problems.empty('products');
		else problems.add('products', 'must be an array');
		return [];
	}
	const lines: DocumentLine[] = [];
	value.forEach((line: unknown, index) => {
		if (!isObject(line)) return problems.add(`products.${index}`, 'must be an object');
		const read = readLine(problems.within(`products.${index}`), line, store, module);
		if (read !== null) lines.push(read);
	});
	return lines;
}
