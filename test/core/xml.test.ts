import { InvalidValueError } from '../../nodes/core/canonical';
import { XmlSyntaxError, buildXml, parseXml } from '../../nodes/core/xml';
import type { XmlObject } from '../../nodes/core/xml';
import {
	INFAKT_LIST_ANSWER,
	INFAKT_VALIDATION_ANSWER,
	INVBG_ERROR_ANSWER,
	INVBG_SUCCESS_ANSWER,
} from './fixtures/xmlSeeds';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * The request of inv.bg's XML API v1 page (https://inv.bg/tour-api/type:xml), as the InvBg mapping would
 * hand it to the codec.
 */
const INVBG_REQUEST = {
	login: { '@username': 'doych', '@password': '12345' },
	invoice: {
		info: {
			type: 'dan',
			number: 'AUTO',
			status: 'UNPAID',
			date_create: '28.11.2009',
			date_event: '29.11.2009',
			currency: 'лв',
			payment_method: 'cash',
			enter_objects_with_vat: 0,
			notes: '',
		},
		client: { firmname: 'ЕТ Ник Павлов', bulstat: '1234567890', vat_number: '', town: 'Пловдив' },
		objects: {
			object: [
				{ name: 'Круши от по 8', quantity_unit: 'COUNT', quantity_value: '1', price_single: '8' },
				{ name: 'Круши от по 100', quantity_unit: 'COUNT', quantity_value: '1', price_single: '100' },
			],
		},
		additional_fields: { field: 'value', second_field: 'other value', email: '' },
	},
};

describe('buildXml', () => {
	it('writes the documented inv.bg request with its login attributes and repeated objects', () => {
		const xml = buildXml('request', INVBG_REQUEST);
		expect(xml.startsWith(`${DECLARATION}<request><login username="doych" password="12345"></login><invoice><info>`)).toBe(true);
		expect(xml).toContain('<currency>лв</currency>');
		expect(xml).toContain('<enter_objects_with_vat>0</enter_objects_with_vat><notes></notes>');
		expect(xml).toContain(
			'<objects><object><name>Круши от по 8</name><quantity_unit>COUNT</quantity_unit><quantity_value>1</quantity_value><price_single>8</price_single></object><object><name>Круши от по 100</name>',
		);
		expect(xml.endsWith('<email></email></additional_fields></invoice></request>')).toBe(true);
	});

	it('reads back what it wrote', () => {
		const parsed = parseXml(buildXml('request', INVBG_REQUEST, { pretty: true }), { arrayPaths: ['request.invoice.objects.object'] });
		expect(parsed).toEqual({
			request: {
				...INVBG_REQUEST,
				invoice: { ...INVBG_REQUEST.invoice, info: { ...INVBG_REQUEST.invoice.info, enter_objects_with_vat: '0' } },
			},
		});
	});

	it('keeps user text as text, so a name cannot close its element and open another', () => {
		const name = '</name><evil>x</evil><name>';
		const xml = buildXml('object', { name });
		expect(xml).toBe(`${DECLARATION}<object><name>&lt;/name&gt;&lt;evil&gt;x&lt;/evil&gt;&lt;name&gt;</name></object>`);
		expect(parseXml(xml)).toEqual({ object: { name } });
	});

	it('escapes quotes and ampersands in attributes, so a password cannot break out of its attribute', () => {
		const password = `p"a'ss<&>" evil="1`;
		const xml = buildXml('request', { login: { '@username': 'u&u', '@password': password } });
		expect(xml).toContain('password="p&quot;a&apos;ss&lt;&amp;&gt;&quot; evil=&quot;1"');
		expect(parseXml(xml)).toEqual({ request: { login: { '@username': 'u&u', '@password': password } } });
	});

	it('writes an attribute whose value is "true" with its value', () => {
		expect(buildXml('flag', { '@on': 'true', '@off': false })).toBe(`${DECLARATION}<flag on="true" off="false"></flag>`);
	});

	it('writes text next to attributes with #text', () => {
		expect(buildXml('price', { '@currency': 'PLN', '#text': '10.23' })).toBe(`${DECLARATION}<price currency="PLN">10.23</price>`);
	});

	it('leaves out null and undefined, and writes an empty string as an empty element', () => {
		expect(buildXml('info', { number: undefined, notes: null, reason: '', '@x': undefined })).toBe(
			`${DECLARATION}<info><reason></reason></info>`,
		);
		expect(buildXml('objects', { object: [{ name: 'A' }, null, undefined] })).toBe(
			`${DECLARATION}<objects><object><name>A</name></object></objects>`,
		);
		expect(buildXml('empty', null)).toBe(`${DECLARATION}<empty></empty>`);
	});

	it('writes numbers, big integers and booleans as text', () => {
		expect(buildXml('v', { a: 7, b: 12345678901234567890n, c: true })).toBe(
			`${DECLARATION}<v><a>7</a><b>12345678901234567890</b><c>true</c></v>`,
		);
	});

	it('accepts element names in any alphabet, such as inv.bg additional fields named in Bulgarian', () => {
		expect(buildXml('additional_fields', { поле: 'стойност' })).toBe(
			`${DECLARATION}<additional_fields><поле>стойност</поле></additional_fields>`,
		);
	});

	it('writes a field named __proto__ as an element rather than losing it', () => {
		expect(buildXml('fields', JSON.parse('{"__proto__":"x"}') as Record<string, string>)).toBe(
			`${DECLARATION}<fields><__proto__>x</__proto__></fields>`,
		);
	});

	it.each([['bad name'], ['</a><b'], ['1st'], ['a>b'], ['?xml'], ['']])('refuses the element name %p', (name) => {
		expect(() => buildXml('additional_fields', { [name]: 'x' })).toThrow(InvalidValueError);
	});

	it('refuses a bad attribute or root name', () => {
		expect(() => buildXml('login', { '@user name': 'x' })).toThrow(InvalidValueError);
		expect(() => buildXml('<evil>', {})).toThrow(InvalidValueError);
	});

	it('refuses characters XML cannot carry, naming where they are', () => {
		expect(() => buildXml('info', { notes: 'bell\u0007' })).toThrow('info.notes must be text without control characters');
		expect(() => buildXml('info', { notes: 'half \uD83D surrogate' })).toThrow(InvalidValueError);
	});

	it('keeps tabs, new lines and emoji', () => {
		const notes = 'line 1\n\tline 2 😀';
		expect(parseXml(buildXml('info', { notes: `x${notes}x` }))).toEqual({ info: { notes: `x${notes}x` } });
	});

	it('refuses values that are not text', () => {
		expect(() => buildXml('v', { a: Number.NaN })).toThrow(InvalidValueError);
		expect(() => buildXml('v', { '@a': { b: 'c' } })).toThrow(InvalidValueError);
		expect(() => buildXml('v', { a: [['nested']] })).toThrow(InvalidValueError);
	});

	it('indents when asked', () => {
		expect(buildXml('a', { b: '1' }, { pretty: true })).toBe(`${DECLARATION}\n<a>\n  <b>1</b>\n</a>\n`);
	});
});

describe('parseXml', () => {
	it('reads the documented inv.bg error answer', () => {
		expect(parseXml(INVBG_ERROR_ANSWER)).toEqual({
			result: { status: 'ERROR', error_code: 'INVALID_LOGIN', error_message: 'Невалидно име или парола.', invoice: '' },
		});
	});

	it('reads the documented inv.bg success answer with the number’s leading zeros intact', () => {
		const { result } = parseXml(INVBG_SUCCESS_ANSWER) as { result: XmlObject };
		expect(result.invoice).toEqual({ number: '0000000015', pdf: 'JVBERi0xLjQK', id: '42', view_url: '' });
	});

	it('reads the documented inFakt list: listed elements are arrays, values stay strings, entities are decoded', () => {
		const parsed = parseXml(INFAKT_LIST_ANSWER, { arrayPaths: ['invoices.invoice', 'invoices.invoice.services.service'] });
		const invoices = parsed.invoices as XmlObject;
		expect(invoices['@per_page']).toBe('100');
		expect(invoices['@total']).toBe('1');
		const [invoice] = invoices.invoice as XmlObject[];
		expect(invoices.invoice).toHaveLength(1);
		expect(invoice).toMatchObject({
			client_miejscowosc: 'Kraków',
			sposob_platnosci: 'Gotówka',
			zaplacono: '122.0',
			client_nip: '5215922894',
			podpis_sprzedawcy: '',
			uwagi: '',
		});
		expect((invoice.services as XmlObject).service).toEqual([
			{ symbol: '', cena_netto: '100.0', ilosc: '1.0', wartosc_brutto: '122.0', stawka_vat: '22', nazwa: 'Produkt A' },
		]);
	});

	it('reads a single repeated element as an object when its path is not listed', () => {
		const parsed = parseXml(INFAKT_LIST_ANSWER);
		expect(Array.isArray((parsed.invoices as XmlObject).invoice)).toBe(false);
	});

	it('gives an empty list where a listed element’s container is empty', () => {
		expect(parseXml('<invoice><services></services></invoice>', { arrayPaths: ['invoice.services.service'] })).toEqual({
			invoice: { services: { service: [] } },
		});
		expect(parseXml('<invoices total="0"></invoices>', { arrayPaths: ['invoices.invoice'] })).toEqual({
			invoices: { '@total': '0', invoice: [] },
		});
	});

	it('reads the documented inFakt validation errors, attributes and nesting included', () => {
		const parsed = parseXml(INFAKT_VALIDATION_ANSWER, {
			arrayPaths: ['hash.errors.invoice.invoice', 'hash.errors.services.service', 'hash.errors.services.service.service'],
		});
		expect(parsed).toEqual({
			hash: {
				message: 'Some fields were given invalid or no values',
				request: '/api/v2/invoices/create.xml',
				errors: {
					invoice: {
						'@type': 'array',
						invoice: [
							{ message: 'blank', field: 'status' },
							{ message: 'blank', field: 'sposob_platnosci' },
						],
					},
					services: {
						'@type': 'array',
						service: [{ '@type': 'array', service: [{ message: 'blank', field: 'stawka_vat' }] }],
					},
				},
			},
		});
	});

	it('reads CDATA as text', () => {
		expect(parseXml('<notes><![CDATA[<b>bold</b> & co]]></notes>')).toEqual({ notes: '<b>bold</b> & co' });
	});

	it('decodes each entity once', () => {
		expect(parseXml('<a>&amp;lt; &lt; &#x41; &quot;</a>')).toEqual({ a: '&lt; < A "' });
	});

	it('reads a document that starts with a byte order mark', () => {
		expect(parseXml('\uFEFF<a>1</a>')).toEqual({ a: '1' });
	});

	it('gives plain objects, and an element named __proto__ changes no prototype', () => {
		const parsed = parseXml('<a><__proto__><polluted>yes</polluted></__proto__><b>1</b></a>');
		expect(Object.getPrototypeOf(parsed.a)).toBe(Object.prototype);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
		expect((parsed.a as XmlObject).b).toBe('1');
	});

	it.each([
		['a truncated answer', '<result><status>OK</status>'],
		['mismatched tags', '<a><b></a>'],
		['an HTML challenge page', '<html><head><title>Just a moment...</title></head><body><br></body></html>'],
		['plain text', 'Internal Server Error'],
		['nothing', ''],
	])('refuses %s as not well-formed XML', (_case, text) => {
		expect(() => parseXml(text)).toThrow(XmlSyntaxError);
	});

	it('refuses a DOCTYPE, whose entities could expand without limit', () => {
		const bomb = '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e "boom">]><a>&e;</a>';
		expect(() => parseXml(bomb)).toThrow(XmlSyntaxError);
		expect(() => parseXml(bomb)).toThrow(/DOCTYPE/);
	});
});
