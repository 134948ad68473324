import {
	InvalidValueError,
	LookupRequiredError,
	UnsupportedValueError,
	normalizeVatRate,
	vatRateFromBitFaktura,
	vatRateFromIfirma,
	vatRateFromInfakt,
	vatRateToAfaktury,
	vatRateToBitFaktura,
	vatRateToIfirma,
	vatRateToInfakt,
	vatTreatmentForInvBg,
} from '../../nodes/core/canonical';

describe('normalizeVatRate', () => {
	it.each([
		['23', '23'],
		[23, '23'],
		['23%', '23'],
		[' 8 % ', '8'],
		['05', '5'],
		['0', '0'],
		['20', '20'],
		['9', '9'],
		['7', '7'],
		['14', '14'],
		['100', '100'],
		['ZW', 'zw'],
		[' np ', 'np'],
		['NP', 'np'],
	])('reads %p as the canonical code %p', (input, expected) => {
		expect(normalizeVatRate(input)).toBe(expected);
	});

	it.each(['abc', '', '101', '-5', '5.5', '0.23', '23 %%', 'zwolniony', '1000'])('refuses %p', (input) => {
		expect(() => normalizeVatRate(input)).toThrow(InvalidValueError);
	});

	it('names the field it was given', () => {
		expect(() => normalizeVatRate('abc', 'Line item 1: VAT Rate')).toThrow(
			'Line item 1: VAT Rate must be a whole percentage from 0 to 100, "zw" (exempt) or "np" (not subject to VAT) (got "abc")',
		);
	});
});

describe('BitFaktura tax', () => {
	it('is a number for percentages, as in the documented positions {"tax":23} and {"tax":0}', () => {
		expect(vatRateToBitFaktura('23')).toBe(23);
		expect(vatRateToBitFaktura('0')).toBe(0);
		expect(vatRateToBitFaktura('20%')).toBe(20);
	});

	it('keeps zw and np as words', () => {
		expect(vatRateToBitFaktura('ZW')).toBe('zw');
		expect(vatRateToBitFaktura('np')).toBe('np');
	});

	it('reads back the strings BitFaktura answers with, such as "tax": "0"', () => {
		expect(vatRateFromBitFaktura('0')).toBe('0');
		expect(vatRateFromBitFaktura('23')).toBe('23');
		expect(vatRateFromBitFaktura(23)).toBe('23');
		expect(vatRateFromBitFaktura('23.0')).toBe('23');
		expect(vatRateFromBitFaktura('zw')).toBe('zw');
	});

	it.each(['np', 'n/a', 'NA', 'nie podlega', 'not applicable'])('reads the old spelling %p as np', (code) => {
		expect(vatRateFromBitFaktura(code)).toBe('np');
	});

	it('reads a missing rate as null', () => {
		expect(vatRateFromBitFaktura(null)).toBeNull();
		expect(vatRateFromBitFaktura(undefined)).toBeNull();
		expect(vatRateFromBitFaktura('')).toBeNull();
	});

	it('refuses codes without a canonical meaning rather than guessing', () => {
		expect(() => vatRateFromBitFaktura('disabled')).toThrow(UnsupportedValueError);
		expect(() => vatRateFromBitFaktura('5.5')).toThrow('BitFaktura does not support the VAT rate "5.5"');
	});
});

describe('inFakt stawka_vat', () => {
	it('uses the canonical spelling both ways, as in the documented values 23, 8, 0, zw, np', () => {
		expect(vatRateToInfakt('23')).toBe('23');
		expect(vatRateToInfakt('ZW')).toBe('zw');
		expect(vatRateToInfakt('np')).toBe('np');
		expect(vatRateFromInfakt('22')).toBe('22');
		expect(vatRateFromInfakt('zw')).toBe('zw');
		expect(vatRateFromInfakt(8)).toBe('8');
	});

	it('reads the empty stawka_vat of the documented v2 list answer as null', () => {
		expect(vatRateFromInfakt('')).toBeNull();
		expect(vatRateFromInfakt(null)).toBeNull();
	});
});

describe('iFirma StawkaVat and TypStawkiVat', () => {
	it('writes percentages as a fraction with PRC, as in the documented 0.23 + PRC', () => {
		expect(vatRateToIfirma('23')).toEqual({ rate: 0.23, type: 'PRC' });
		expect(vatRateToIfirma('8')).toEqual({ rate: 0.08, type: 'PRC' });
		expect(vatRateToIfirma('5')).toEqual({ rate: 0.05, type: 'PRC' });
		expect(vatRateToIfirma('0')).toEqual({ rate: 0, type: 'PRC' });
		expect(vatRateToIfirma('100')).toEqual({ rate: 1, type: 'PRC' });
	});

	it('writes the fraction without float artefacts', () => {
		expect(vatRateToIfirma('7').rate).toBe(0.07);
		expect(JSON.stringify(vatRateToIfirma('7'))).toBe('{"rate":0.07,"type":"PRC"}');
	});

	it('writes exempt as null + ZW', () => {
		expect(vatRateToIfirma('zw')).toEqual({ rate: null, type: 'ZW' });
	});

	it('refuses np, which iFirma does not offer, and says so', () => {
		expect(() => vatRateToIfirma('np')).toThrow(UnsupportedValueError);
		expect(() => vatRateToIfirma('np')).toThrow(
			'iFirma does not support the VAT rate "np": iFirma offers percentage rates and "zw" (exempt) only',
		);
	});

	it('reads the pair back', () => {
		expect(vatRateFromIfirma(0.23, 'PRC')).toBe('23');
		expect(vatRateFromIfirma('0.08', 'prc')).toBe('8');
		expect(vatRateFromIfirma(0, 'PRC')).toBe('0');
		expect(vatRateFromIfirma('0.00', 'PRC')).toBe('0');
		expect(vatRateFromIfirma(1, 'PRC')).toBe('100');
		expect(vatRateFromIfirma(null, 'ZW')).toBe('zw');
		expect(vatRateFromIfirma(undefined, undefined)).toBeNull();
	});

	it('refuses pairs without a whole canonical percentage', () => {
		expect(() => vatRateFromIfirma(0.055, 'PRC')).toThrow(UnsupportedValueError);
		expect(() => vatRateFromIfirma(1.5, 'PRC')).toThrow(UnsupportedValueError);
		expect(() => vatRateFromIfirma(null, 'PRC')).toThrow(UnsupportedValueError);
		expect(() => vatRateFromIfirma(0.23, 'XYZ')).toThrow(UnsupportedValueError);
	});
});

describe('Afaktury vat', () => {
	it('explains that the rate is an id of the account’s VAT dictionary', () => {
		expect(() => vatRateToAfaktury('23')).toThrow(LookupRequiredError);
		expect(() => vatRateToAfaktury('23')).toThrow(
			'Afaktury identifies each VAT rate by an id from the account\'s own dictionary, so "23" has to be looked up there',
		);
	});

	it('carries the provider, the concept and the canonical value for the node to resolve', () => {
		let caught: unknown;
		try {
			vatRateToAfaktury('ZW');
		} catch (error) {
			caught = error;
		}
		expect(caught).toMatchObject({ provider: 'afaktury', concept: 'vatRate', value: 'zw' });
	});

	it('still refuses a malformed rate as malformed', () => {
		expect(() => vatRateToAfaktury('abc')).toThrow(InvalidValueError);
	});
});

describe('inv.bg v1 VAT treatment', () => {
	it('uses the account’s default rate when no line names one', () => {
		expect(vatTreatmentForInvBg([undefined, undefined])).toBe('accountDefault');
		expect(vatTreatmentForInvBg([])).toBe('accountDefault');
	});

	it('is a document without VAT (without_vat_reason) when every line is zw or np', () => {
		expect(vatTreatmentForInvBg(['zw', 'NP'])).toBe('withoutVat');
	});

	it('refuses a percentage rather than silently applying the account’s default instead', () => {
		expect(() => vatTreatmentForInvBg(['20'])).toThrow(UnsupportedValueError);
		expect(() => vatTreatmentForInvBg(['20'])).toThrow(/inv\.bg does not support the VAT rate "20": its XML API applies/);
	});

	it('refuses a document that mixes exempt lines with lines at the default rate', () => {
		expect(() => vatTreatmentForInvBg(['zw', undefined])).toThrow(/entirely without VAT or entirely/);
	});
});
