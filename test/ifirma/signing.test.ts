import { NodeHelpers } from 'n8n-workflow';
import type { INodeParameters } from 'n8n-workflow';

import { IFirmaApi } from '../../credentials/IFirmaApi.credentials';
import { authenticationHeader, hmacSha1Hex, keyNameFor, signatureMessage, signedUrl } from '../../nodes/IFirma/signing';

// The worked examples of docs/services/ifirma.md (Authentication) and ifirma's own FAQ pair.
const LOGIN = 'jan.kowalski@example.com';
const KEY = 'EAB0D8ACF3308F3B';
const API = 'https://www.ifirma.pl/iapi';
const INVOICE_BODY =
	'{"Zaplacono":0,"LiczOd":"NET","DataWystawienia":"2024-05-10","DataSprzedazy":"2024-05-10","FormatDatySprzedazy":"DZN","SposobZaplaty":"PRZ","RodzajPodpisuOdbiorcy":"BPO","WidocznyNumerGios":false,"Numer":null,"Pozycje":[{"StawkaVat":0.23,"Ilosc":1,"CenaJednostkowa":100,"NazwaPelna":"Usługa","Jednostka":"szt.","TypStawkiVat":"PRC"}],"Kontrahent":{"Nazwa":"Firma Testowa","KodPocztowy":"00-001","Miejscowosc":"Warszawa"}}';
const EMAIL_BODY = '{"Tekst":"Faktura w załączeniu","SkrzynkaEmailOdbiorcy":"klient@example.com"}';

describe('iFirma request signature', () => {
	test('the FAQ pair: the key is hex-decoded, not used as text', () => {
		expect(hmacSha1Hex('111111', '222222')).toBe('cec153ee6350475f117a307111e2bd7d83034925');
		expect(hmacSha1Hex('111111', '222222')).not.toBe('1558ab6c5ab2b0d1cd129b9ad11527cf33486705');
	});

	test('A: a domestic invoice, body with Polish characters signed as UTF-8', () => {
		expect(Buffer.byteLength(INVOICE_BODY, 'utf8')).toBe(422);
		const message = signatureMessage(`${API}/fakturakraj.json`, LOGIN, 'faktura', INVOICE_BODY);
		expect(hmacSha1Hex(KEY, message)).toBe('71fadb645e555076782d8ddc126f0fb20bc4d268');
		expect(hmacSha1Hex(KEY, message)).not.toBe('b4eceb2a9b0124499879732d6b6b1d9e20176dbb');
	});

	test('B: a list with a query string signs the url without it', () => {
		const url = signedUrl(API, '/faktury.json?dataOd=2024-05-01&strona=1');
		expect(url).toBe(`${API}/faktury.json`);
		expect(hmacSha1Hex(KEY, signatureMessage(url, LOGIN, keyNameFor('faktury.json'), ''))).toBe(
			'2fd0dd84309a3361edaaa2f0b25289a8bb2ed5d3',
		);
	});

	test('C: the API limit is signed with the abonent key name', () => {
		expect(keyNameFor('/abonent/limit.json')).toBe('abonent');
		expect(hmacSha1Hex(KEY, signatureMessage(`${API}/abonent/limit.json`, LOGIN, 'abonent', ''))).toBe(
			'd475d0dbe533fedde99cba21fd91af64f41268d3',
		);
	});

	test('D: sending by e-mail', () => {
		const message = signatureMessage(`${API}/fakturakraj/send/12345.json`, LOGIN, 'faktura', EMAIL_BODY);
		expect(hmacSha1Hex(KEY, message)).toBe('c59d0b39aba17f0510beb86d78e318443da2a657');
	});

	test('each endpoint picks the key name ifirma assigns to it', () => {
		expect(keyNameFor('fakturakraj.json')).toBe('faktura');
		expect(keyNameFor('/faktury/wplaty/prz_faktura_kraj/1_2026.json')).toBe('faktura');
		expect(keyNameFor('kontrahenci/ACME.json')).toBe('faktura');
		expect(keyNameFor('/abonent/miesiacksiegowy.json')).toBe('abonent');
		expect(keyNameFor('/rachunekkraj.json')).toBe('rachunek');
		expect(keyNameFor('rachunekkraj/send/3.json')).toBe('rachunek');
	});

	test('a key that is not hex is refused rather than silently misused', () => {
		expect(() => hmacSha1Hex('not-a-key', 'x')).toThrow('hex');
		expect(() => hmacSha1Hex('ABC', 'x')).toThrow('hex');
	});

	test('the header has the documented form', () => {
		expect(authenticationHeader(LOGIN, 'abc')).toBe(`IAPIS user=${LOGIN}, hmac-sha1=abc`);
	});
});

describe('iFirma credential authenticate', () => {
	const credential = new IFirmaApi();
	const credentials = { login: LOGIN, invoiceKey: KEY, subscriberKey: KEY, baseUrl: API };

	test('signs worked example A and sends exactly the text it signed', async () => {
		const signed = await credential.authenticate(credentials, {
			method: 'POST',
			baseURL: API,
			url: '/fakturakraj.json',
			body: INVOICE_BODY,
		});
		expect(signed.body).toBe(INVOICE_BODY);
		expect(signed.headers?.Authentication).toBe(`IAPIS user=${LOGIN}, hmac-sha1=71fadb645e555076782d8ddc126f0fb20bc4d268`);
	});

	test('an object body is serialised once, and that text is what is signed and sent', async () => {
		const signed = await credential.authenticate(credentials, {
			method: 'POST',
			baseURL: API,
			url: 'fakturakraj/send/12345.json',
			body: { Tekst: 'Faktura w załączeniu', SkrzynkaEmailOdbiorcy: 'klient@example.com' },
		});
		expect(signed.body).toBe(EMAIL_BODY);
		expect(signed.headers?.Authentication).toContain('hmac-sha1=c59d0b39aba17f0510beb86d78e318443da2a657');
	});

	test('a GET with query parameters is signed over the bare url', async () => {
		const signed = await credential.authenticate(credentials, {
			method: 'GET',
			baseURL: `${API}/`,
			url: '/faktury.json',
			qs: { dataOd: '2024-05-01', strona: 1 },
			body: {},
		});
		expect(signed.body).toBeUndefined();
		expect(signed.qs).toEqual({ dataOd: '2024-05-01', strona: 1 });
		expect(signed.headers?.Authentication).toContain('hmac-sha1=2fd0dd84309a3361edaaa2f0b25289a8bb2ed5d3');
	});

	test('a request whose key the credential lacks is not signed with another key', async () => {
		await expect(
			credential.authenticate({ login: LOGIN, invoiceKey: KEY }, { method: 'GET', baseURL: API, url: '/abonent/limit.json' }),
		).rejects.toThrow('"abonent" key');
	});
});

describe('iFirma credential form', () => {
	const credential = new IFirmaApi();
	/** The credential data as n8n hands it to a node: defaults filled in, fields the form hides left out. */
	const handedOut = (data: INodeParameters) => NodeHelpers.getNodeParameters(credential.properties, data, true, false, null, null);

	test('asks for the login and the three keys the operations sign with, no expense key', () => {
		expect(credential.properties.map((field) => field.name)).toEqual(['login', 'invoiceKey', 'subscriberKey', 'billKey', 'useCustomAddress', 'baseUrl']);
	});

	test('no key field shows an example that could pass for a real key', () => {
		const keys = credential.properties.filter((field) => field.typeOptions?.password === true);
		expect(keys).toHaveLength(3);
		for (const key of keys) expect(key.placeholder).toBeUndefined();
	});

	test('the API address is hidden unless a custom one is asked for, and is then used', () => {
		expect(handedOut({ login: 'jan', baseUrl: 'http://127.0.0.1:1/iapi' })).toEqual({
			login: 'jan',
			invoiceKey: '',
			subscriberKey: '',
			billKey: '',
			useCustomAddress: false,
		});
		expect(handedOut({ login: 'jan', useCustomAddress: true, baseUrl: 'http://127.0.0.1:1/iapi' })).toMatchObject({ baseUrl: 'http://127.0.0.1:1/iapi' });
	});
});
