import { redactSecrets, redactText, redactUrl } from '../../nodes/core/redact';

const API_TOKEN = 'Xy7hash/prefix';
const TOKEN_OF_40 = '1234567890123456789012345678901234567890';

describe('redactSecrets', () => {
	it('replaces every occurrence of each known secret', () => {
		expect(redactSecrets(`token ${TOKEN_OF_40} and again ${TOKEN_OF_40}.`, [TOKEN_OF_40])).toBe(
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

	it('masks an XML login, also inside a form-encoded XML field', () => {
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

