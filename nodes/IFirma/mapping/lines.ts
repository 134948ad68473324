import type { IDataObject } from 'n8n-workflow';

import type { DecimalRule, LineItem, PriceMode } from '../../core/canonical';
import { checkLength, decimalToNumber, normalizeVatRate } from '../../core/canonical';
import type { LineItemLimits } from '../../core/fields/lineItems';
import { flatTaxRateToIfirma, VAT_RATES, vatRateToIfirma } from './codes';
import type { DocumentType } from './documentTypes';

/*
 * What iFirma keeps of a line (`Pozycje`), as its documentation states it (docs/services/ifirma.md,
 * "Line"); what it leaves open is marked inferred.
 */

/** `Ilosc` is documented as greater than 0.0000: positive, with four decimal places. */
const QUANTITY: DecimalRule = { places: 4, sign: 'positive' };

/** `CenaJednostkowa` is documented as greater than 0.00: positive, with two decimal places. */
const PRICE: DecimalRule = { places: 2, sign: 'positive' };

/** `Rabat` is documented as 0 or more (and below 100 %); its places are not, two are inferred. */
const DISCOUNT: DecimalRule = { places: 2, sign: 'nonNegative' };

/**
 * A line of any document, a correction's included: a correction sends its lines as they read after it,
 * so they are held to an invoice's rules (inferred: the docs do not describe the correction's body).
 * Documented lengths: `NazwaPelna` 300, `Jednostka` 10 and `PKWiU` 30 characters.
 */
export const LINE_LIMITS: LineItemLimits = {
	numbers: { quantity: QUANTITY, unitNetPrice: PRICE, unitGrossPrice: PRICE, discountPercent: DISCOUNT },
	vatRates: VAT_RATES,
	maxLengths: { name: 300, unit: 10, classification: 30 },
};

/** The name and unit in the second language are inferred to be as long as their first-language twins. */
const FOREIGN_NAME_LENGTH = 300;
const FOREIGN_UNIT_LENGTH = 10;

/** A line with what only iFirma's lines have: the flat tax rate and the second-language name and unit. */
export interface IfirmaLine extends LineItem {
	/** In percent, as the user writes it: `8.5`. */
	flatTaxRate?: string;
	foreignName?: string;
	foreignUnit?: string;
}

function number(decimal: string, label: string): number {
	return decimalToNumber(decimal, label);
}

/** The second-language name and unit, only on the documents that print them. */
function foreignNames(line: IfirmaLine, where: string, type: DocumentType): IDataObject {
	const names: IDataObject = {};
	for (const [value, label, wireName, maxLength] of [
		[line.foreignName, 'Foreign Name', 'NazwaPelnaObca', FOREIGN_NAME_LENGTH],
		[line.foreignUnit, 'Foreign Unit', 'JednostkaObca', FOREIGN_UNIT_LENGTH],
	] as const) {
		if (value === undefined) continue;
		if (type.foreignLineNames !== true) throw new Error(`${where}: ${label} does not apply to a ${type.name}`);
		names[wireName] = checkLength(value, maxLength, `${where}: ${label}`);
	}
	return names;
}

/** One line as a `Pozycje` entry; every value iFirma requires is checked here, with its line. */
export function lineOf(line: IfirmaLine, position: number, pricing: PriceMode, type: DocumentType): IDataObject {
	const where = `Line item ${position}`;
	const [priceLabel, otherLabel] = pricing === 'net' ? ['Unit Net Price', 'Unit Gross Price'] : ['Unit Gross Price', 'Unit Net Price'];
	const price = pricing === 'net' ? line.unitNetPrice : line.unitGrossPrice;
	const other = pricing === 'net' ? line.unitGrossPrice : line.unitNetPrice;
	if (line.name === '') throw new Error(`${where}: Name is required`);
	if (other !== undefined) {
		throw new Error(`${where}: ${otherLabel} does not apply when prices are ${pricing}; set ${priceLabel} instead`);
	}
	if (price === undefined) throw new Error(`${where}: ${priceLabel} is required`);
	if (line.unit === undefined) throw new Error(`${where}: Unit is required by ifirma (for example szt.)`);

	const entry: IDataObject = {
		NazwaPelna: line.name,
		Ilosc: number(line.quantity ?? '1', `${where}: Quantity`),
		CenaJednostkowa: number(price, `${where}: ${priceLabel}`),
		Jednostka: line.unit,
	};
	if (type.withoutVat === true) {
		if (line.vatRate !== undefined) throw new Error(`${where}: a bill carries no VAT; leave VAT Rate empty`);
	} else {
		if (line.vatRate === undefined) throw new Error(`${where}: VAT Rate is required`);
		const { rate, type: rateType } = vatRateToIfirma(normalizeVatRate(line.vatRate, `${where}: VAT Rate`, VAT_RATES));
		entry.StawkaVat = rate;
		entry.TypStawkiVat = rateType;
	}
	if (line.discountPercent !== undefined) entry.Rabat = number(line.discountPercent, `${where}: Discount (%)`);
	if (line.classification !== undefined) entry.PKWiU = line.classification;
	if (line.flatTaxRate !== undefined) entry.StawkaRyczaltu = flatTaxRateToIfirma(line.flatTaxRate, `${where}: Flat Tax Rate (%)`);
	return { ...entry, ...foreignNames(line, where, type) };
}
