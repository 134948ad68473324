import {
	InvalidValueError,
	parseDate,
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

