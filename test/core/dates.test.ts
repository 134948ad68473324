import {
	InvalidValueError,
	formatDottedDate,
	parseDate,
	parseDateTime,
	parseDottedDate,
	parseMonth,
} from '../../nodes/core/canonical';

/** The shape of n8n's luxon DateTime as far as dates are concerned. */
function luxonLike(iso: string | null): { toISO(): string | null } {
	return { toISO: () => iso };
}

describe('parseDate', () => {
	it.each([
		['2024-12-15', '2024-12-15'],
		[' 2024-12-15 ', '2024-12-15'],
		['2024-02-29', '2024-02-29'],
		['2000-02-29', '2000-02-29'],
		['2024-05-10T14:30:00', '2024-05-10'],
		['2024-05-10T14:30', '2024-05-10'],
		['2024-05-10T14:30:00.123Z', '2024-05-10'],
		['2024-05-10 14:30:00', '2024-05-10'],
		['2018-01-03T12:05:09.017+01:00', '2018-01-03'],
	])('reads %p as %p', (input, expected) => {
		expect(parseDate(input, 'Issue Date')).toBe(expected);
	});

	it('takes the date as written in its own zone and never shifts it', () => {
		expect(parseDate('2024-05-10T23:30:00-05:00', 'Issue Date')).toBe('2024-05-10');
		expect(parseDate('2024-05-11T00:30:00+14:00', 'Issue Date')).toBe('2024-05-11');
	});

	it('reads the luxon DateTime of an n8n expression such as {{ $now }} by the date it shows', () => {
		expect(parseDate(luxonLike('2024-05-10T23:59:59.000+03:00'), 'Issue Date')).toBe('2024-05-10');
	});

	it('reads a JS Date, which has no zone of its own, by its UTC date', () => {
		expect(parseDate(new Date(Date.UTC(2024, 4, 10, 23, 30)), 'Issue Date')).toBe('2024-05-10');
	});

	it.each([
		['2023-02-29'],
		['2024-13-01'],
		['2024-00-10'],
		['2024-04-31'],
		['1900-02-29'],
		['2024-05-10T25:00:00'],
		['2024-05-10T12:60'],
		['10.05.2024'],
		['2024/05/10'],
		['2024-5-10'],
		['20240510'],
		['yesterday'],
		[''],
	])('refuses %p', (input) => {
		expect(() => parseDate(input, 'Issue Date')).toThrow(InvalidValueError);
	});

	it('refuses values that are no date at all', () => {
		expect(() => parseDate(new Date('nonsense'), 'Issue Date')).toThrow(InvalidValueError);
		expect(() => parseDate(luxonLike(null), 'Issue Date')).toThrow(InvalidValueError);
		expect(() => parseDate(20240510, 'Issue Date')).toThrow(InvalidValueError);
		expect(() => parseDate(undefined, 'Issue Date')).toThrow(InvalidValueError);
	});

	it('says which field was wrong and what a date looks like', () => {
		expect(() => parseDate('2024-02-30', 'Due Date')).toThrow(
			'Due Date must be a real calendar date as YYYY-MM-DD (got "2024-02-30")',
		);
	});
});

describe('parseDateTime', () => {
	it('writes a date as midnight in Afaktury’s payment format YYYY-MM-DD HH:MM:SS', () => {
		expect(parseDateTime('2024-05-10', 'Payment Date')).toBe('2024-05-10 00:00:00');
	});

	it('keeps the time as written, without its offset', () => {
		expect(parseDateTime('2024-05-10T14:30:15+02:00', 'Payment Date')).toBe('2024-05-10 14:30:15');
		expect(parseDateTime('2024-05-10T14:30Z', 'Payment Date')).toBe('2024-05-10 14:30:00');
		expect(parseDateTime(luxonLike('2024-05-10T08:05:09.000+03:00'), 'Payment Date')).toBe('2024-05-10 08:05:09');
	});
});

describe('parseMonth', () => {
	it('reads a month such as BitFaktura’s monthly sell_date', () => {
		expect(parseMonth('2024-05', 'Sale Month')).toBe('2024-05');
		expect(parseMonth('2024-05-31', 'Sale Month')).toBe('2024-05');
		expect(parseMonth(luxonLike('2024-12-01T00:00:00.000+01:00'), 'Sale Month')).toBe('2024-12');
	});

	it('refuses what is not a month', () => {
		expect(() => parseMonth('2024-13', 'Sale Month')).toThrow('Sale Month must be a month as YYYY-MM (got "2024-13")');
		expect(() => parseMonth('May 2024', 'Sale Month')).toThrow(InvalidValueError);
	});
});

describe('dotted dates of inv.bg v1', () => {
	it('writes the documented date_create 28.11.2009', () => {
		expect(formatDottedDate('2009-11-28')).toBe('28.11.2009');
		expect(formatDottedDate('2024-01-05')).toBe('05.01.2024');
	});

	it('reads them back', () => {
		expect(parseDottedDate('28.11.2009', 'Date')).toBe('2009-11-28');
		expect(parseDottedDate('5.1.2024', 'Date')).toBe('2024-01-05');
	});

	it('refuses impossible or differently written dates', () => {
		expect(() => parseDottedDate('31.02.2024', 'Related Invoice Date')).toThrow(
			'Related Invoice Date must be a date as dd.mm.yyyy (got "31.02.2024")',
		);
		expect(() => parseDottedDate('2024-02-01', 'Date')).toThrow(InvalidValueError);
		expect(() => formatDottedDate('2024-02-30')).toThrow(InvalidValueError);
	});
});
