import { redactObject, redactSecrets, redactText, redactUrl } from '../../nodes/core/redact';

const API_TOKEN = 'Xy7hash/prefix';
const AFAKTURY_TOKEN = '1234567890123456789012345678901234567890';

describe('redactSecrets', () => {
	it('replaces every occurrence of each known secret', () => {
		expect(redactSecrets(`token ${AFAKTURY_TOKEN} and again ${AFAKTURY_TOKEN}.`, [AFAKTURY_TOKEN])).toBe(
			'token *** and again ***.',
		);
	});

	it('replaces the URL-encoded and form-encoded forms of a secret, as they appear in query strings', () => {
		const url = `https://demo.bitfaktura.com.ua/invoices.json?api_token=${encodeURIComponent(API_TOKEN)}&page=2`;
		expect(redactSecrets(url, [API_TOKEN])).toBe('https://demo.bitfaktura.com.ua/invoices.json?api_token=***&page=2');
		const form = `XMLDATA=${new URLSearchParams({ p: 'pa ss&word' }).toString().slice(2)}`;
		expect(redactSecrets(form, ['pa ss&word'])).toBe('XMLDATA=***');
	});

	it('replaces a secret escaped inside JSON or XML', () => {
		expect(redactSecrets('{"api_token":"se\\"cret"}', ['se"cret'])).toBe('{"api_token":"***"}');
		expect(redactSecrets('<login password="p&amp;ss&lt;1"/>', ['p&ss<1'])).toBe('<login password="***"/>');
	});

	it('replaces the whole secret even when a shorter encoding of it is a part of a longer one', () => {
		expect(redactSecrets('q=abcd%25 r=abcd%', ['abcd%'])).toBe('q=*** r=***');
	});

	it('ignores missing, empty and very short secrets, which would shred ordinary text', () => {
		expect(redactSecrets('Invoice 123 for abc', [undefined, '', '   ', 'abc', '123'])).toBe('Invoice 123 for abc');
	});

	it('treats a secret as literal text, not as a pattern', () => {
		expect(redactSecrets('price 1.5 and 1x5', ['1.5 and'])).toBe('price *** 1x5');
		expect(redactSecrets('a+b+c and aab', ['a+b+c'])).toBe('*** and aab');
	});
});

describe('redactUrl', () => {
	it.each([
		['https://demo.bitfaktura.com.ua/invoices.json?api_token=abc123&page=1', 'https://demo.bitfaktura.com.ua/invoices.json?api_token=***&page=1'],
		['/invoices.json?page=1&api_token=abc123', '/invoices.json?page=1&api_token=***'],
		['/x?API_TOKEN=a&Token=b&apikey=c&api_key=d&key=e&password=f&secret=g', '/x?API_TOKEN=***&Token=***&apikey=***&api_key=***&key=***&password=***&secret=***'],
		['/x?signature=a&integration_token=b&access_token=c&hmac=d&sig=e', '/x?signature=***&integration_token=***&access_token=***&hmac=***&sig=***'],
		['/account.json?api_token=a&integration_token=b', '/account.json?api_token=***&integration_token=***'],
		['/cb#access_token=abc&state=1', '/cb#access_token=***&state=1'],
		['https://user:hunter22@example.com/api?x=1', 'https://user:***@example.com/api?x=1'],
		['/api/invoice?data=%7B%22hash%22%3A%22abc%22%7D', '/api/invoice?data=%7B%22hash%22%3A%22abc%22%7D'],
		['https://www.ifirma.pl/iapi/faktury.json?dataOd=2024-05-01&strona=1', 'https://www.ifirma.pl/iapi/faktury.json?dataOd=2024-05-01&strona=1'],
		['/x?tokens=1&monkey=2&api_token=', '/x?tokens=1&monkey=2&api_token='],
	])('masks %p as %p', (url, expected) => {
		expect(redactUrl(url)).toBe(expected);
	});

	it('masks tokens in URLs inside a longer message', () => {
		expect(redactUrl('GET https://a.example/invoices.json?api_token=abc failed (404)')).toBe(
			'GET https://a.example/invoices.json?api_token=*** failed (404)',
		);
	});

	it('masks the signature of iFirma’s Authentication header value', () => {
		expect(redactUrl('IAPIS user=jan.kowalski@example.com, hmac-sha1=71fadb645e555076782d8ddc126f0fb20bc4d268')).toBe(
			'IAPIS user=jan.kowalski@example.com, hmac-sha1=***',
		);
	});
});

describe('redactText', () => {
	it('masks secrets by the name of the JSON member they travel in', () => {
		expect(redactText('{"api_token":"abc","invoice":{"number":"1/2024"},"token": 1234}', [])).toBe(
			'{"api_token":"***","invoice":{"number":"1/2024"},"token": "***"}',
		);
	});

	it('masks header lines with credentials', () => {
		expect(redactText('Authorization: Bearer eyJhbGci.abc\nAccept: application/json', [])).toBe(
			'Authorization: ***\nAccept: application/json',
		);
		expect(redactText('headers { afakturyKey: 12346567890abcdef', [])).toBe('headers { afakturyKey: ***');
	});

	it('leaves ordinary sentences that mention a token alone', () => {
		expect(redactText('Invalid token: log in again', [])).toBe('Invalid token: log in again');
	});

	it('masks inv.bg’s login in XML, also inside the form-encoded XMLDATA field', () => {
		const xml = '<request><login username="doych" password="12345" /><invoice/></request>';
		expect(redactText(xml, [])).toBe('<request><login username="***" password="***" /><invoice/></request>');
		const form = `XMLDATA=${encodeURIComponent(xml)}`;
		expect(redactText(form, [])).not.toContain('12345');
		expect(redactText(form, [])).not.toContain('doych');
		const plusEncoded = new URLSearchParams({ XMLDATA: xml }).toString();
		expect(redactText(plusEncoded, [])).not.toMatch(/12345|doych/);
	});

	it('applies the known secrets too', () => {
		expect(redactText('the key is s3cr3t-value', ['s3cr3t-value'])).toBe('the key is ***');
	});
});

describe('redactObject', () => {
	it('masks sensitive keys in any case and spelling, and redacts every string', () => {
		const input = {
			url: '/invoices.json?api_token=abc',
			body: { api_token: 'abc', invoice: { buyer_name: 'Client1 SA' } },
			headers: {
				Authorization: 'Bearer xyz',
				Authentication: 'IAPIS user=u, hmac-sha1=abc',
				afakturyToken: AFAKTURY_TOKEN,
				AFAKTURYKEY: 'k',
				'X-inFakt-ApiKey': 'key',
				Accept: 'application/json',
			},
			credentials: { apiKey: 'k', password: 'p', PASSWORD: 'p', domain: 'demo' },
			message: `failed with ${AFAKTURY_TOKEN} inside`,
		};
		expect(redactObject(input, [AFAKTURY_TOKEN])).toEqual({
			url: '/invoices.json?api_token=***',
			body: { api_token: '***', invoice: { buyer_name: 'Client1 SA' } },
			headers: {
				Authorization: '***',
				Authentication: '***',
				afakturyToken: '***',
				AFAKTURYKEY: '***',
				'X-inFakt-ApiKey': '***',
				Accept: 'application/json',
			},
			credentials: { apiKey: '***', password: '***', PASSWORD: '***', domain: 'demo' },
			message: 'failed with *** inside',
		});
	});

	it('never changes its input', () => {
		const input = { api_token: 'abc', list: ['?token=abc'], nested: { password: 'p' } };
		const snapshot = JSON.parse(JSON.stringify(input)) as unknown;
		const output = redactObject(input, ['abc']);
		expect(input).toEqual(snapshot);
		expect(output).not.toBe(input);
		expect(output.list).not.toBe(input.list);
	});

	it('keeps empty and missing sensitive values as they are, since they hide nothing', () => {
		expect(redactObject({ password: '', token: null, key: undefined }, [])).toEqual({ password: '', token: null, key: undefined });
	});

	it('masks non-string sensitive values and whole sensitive sub-objects', () => {
		expect(redactObject({ token: 12345, secret: { a: 1 } }, [])).toEqual({ token: '***', secret: '***' });
	});

	it('copies cycles as cycles', () => {
		const input: Record<string, unknown> = { name: 'x', api_token: 'abc' };
		input.self = input;
		input.list = [input];
		const output = redactObject(input, []);
		expect(output.self).toBe(output);
		expect((output.list as unknown[])[0]).toBe(output);
		expect(output.api_token).toBe('***');
	});

	it('leaves Buffers and other binary data untouched', () => {
		const pdf = Buffer.from('%PDF-1.4 api_token=abc');
		const output = redactObject({ data: pdf, bytes: new Uint8Array([1, 2]) }, ['abc']);
		expect(output.data).toBe(pdf);
		expect(output.data.toString()).toBe('%PDF-1.4 api_token=abc');
		expect(output.bytes).toEqual(new Uint8Array([1, 2]));
	});

	it('keeps an error’s class and redacts its message and stack', () => {
		class ServiceError extends Error {
			status = 401;
		}
		const error = new ServiceError(`GET /invoices.json?api_token=${API_TOKEN} failed`);
		const output = redactObject({ cause: error }, [API_TOKEN]).cause;
		expect(output).toBeInstanceOf(ServiceError);
		expect(output.message).toBe('GET /invoices.json?api_token=*** failed');
		expect(output.stack).not.toContain(API_TOKEN);
		expect(output.status).toBe(401);
		expect(Object.keys(output)).toEqual(['status']);
		expect(error.message).toContain(API_TOKEN);
	});

	it('copies dates and maps, masking sensitive map keys', () => {
		const when = new Date('2024-05-10T00:00:00Z');
		const output = redactObject({ when, headers: new Map<string, unknown>([['authorization', 'Bearer x'], ['accept', 'json']]) }, []);
		expect(output.when).toEqual(when);
		expect(output.when).not.toBe(when);
		expect([...output.headers]).toEqual([
			['authorization', '***'],
			['accept', 'json'],
		]);
	});

	it('passes plain values through', () => {
		expect(redactObject('?token=abc', [])).toBe('?token=***');
		expect(redactObject(42, [])).toBe(42);
		expect(redactObject(null, [])).toBeNull();
	});
});
