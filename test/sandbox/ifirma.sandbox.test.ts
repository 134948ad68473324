import { createHmac } from 'node:crypto';
import { ifirmaSignature, IfirmaError, startIfirmaSandbox } from './ifirma';
import type { IfirmaSandbox, IfirmaSandboxOptions, KeyName } from './ifirma';

/** The account's today in every test: the accounting month, due dates and payment dates depend on it. */
const TODAY = '2026-03-10';

/** Response bodies are asserted field by field, as a client would read them. */
type Json = any;

interface Answer {
	status: number;
	headers: Headers;
	bytes: Buffer;
	/** The JSON body, undefined for PDF and XML. */
	body: Json;
}

let sandbox: IfirmaSandbox;

async function start(options: IfirmaSandboxOptions = {}): Promise<void> {
	await sandbox?.close();
	sandbox = await startIfirmaSandbox({ today: TODAY, ...options });
}

beforeEach(async () => {
	sandbox = await startIfirmaSandbox({ today: TODAY });
});

afterEach(() => sandbox.close());

/** The test's own signer, written from the Signature page, so the fake is checked against it and not itself. */
function hmacHex(hexKey: string, message: Buffer): string {
	return createHmac('sha1', Buffer.from(hexKey, 'hex')).update(message).digest('hex');
}

function keyNameOf(path: string): KeyName {
	if (path.startsWith('abonent/')) return 'abonent';
	if (path.startsWith('rachunekkraj')) return 'rachunek';
	return 'faktura';
}

interface CallOptions {
	/** An object is sent as `JSON.stringify`; a string or Buffer as is. */
	body?: unknown;
	query?: Record<string, string>;
	contentType?: string | null;
	login?: string;
	keyName?: KeyName;
	hexKey?: string;
	/** Replaces the computed header; null sends none. */
	authentication?: string | null;
	/** Sign the URL with its query string (a known pitfall). */
	signQuery?: boolean;
}

/** `path` is below /iapi/, e.g. `fakturakraj.json`. */
async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
	const url = `${sandbox.baseUrl}/${path}`;
	const search = new URLSearchParams(options.query ?? {}).toString();
	const body =
		options.body === undefined
			? Buffer.alloc(0)
			: Buffer.isBuffer(options.body)
				? options.body
				: Buffer.from(typeof options.body === 'string' ? options.body : JSON.stringify(options.body), 'utf8');
	const login = options.login ?? sandbox.login;
	const keyName = options.keyName ?? keyNameOf(path);
	const hexKey = options.hexKey ?? sandbox.keys[keyName] ?? '00';
	const signedUrl = options.signQuery && search ? `${url}?${search}` : url;
	const hash = hmacHex(hexKey, Buffer.concat([Buffer.from(`${signedUrl}${login}${keyName}`, 'utf8'), body]));
	const headers: Record<string, string> = { Accept: 'application/json' };
	const authentication = options.authentication === undefined ? `IAPIS user=${login}, hmac-sha1=${hash}` : options.authentication;
	if (authentication !== null) headers.Authentication = authentication;
	const contentType = options.contentType === undefined ? (method === 'GET' ? null : 'application/json; charset=UTF-8') : options.contentType;
	if (contentType !== null) headers['Content-Type'] = contentType;
	const response = await fetch(search ? `${url}?${search}` : url, {
		method,
		headers,
		body: method === 'GET' ? undefined : body,
	});
	const bytes = Buffer.from(await response.arrayBuffer());
	const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
	return { status: response.status, headers: response.headers, bytes, body: isJson ? JSON.parse(bytes.toString('utf8')) : undefined };
}

const get = (path: string, options: CallOptions = {}) => call('GET', path, options);
const post = (path: string, body: unknown, options: CallOptions = {}) => call('POST', path, { ...options, body });
const put = (path: string, body: unknown, options: CallOptions = {}) => call('PUT', path, { ...options, body });

/** A complete domestic invoice in the open month: one line, 100.00 net at 23 %. */
function domestic(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		Zaplacono: 0,
		ZaplaconoNaDokumencie: 0,
		LiczOd: 'NET',
		DataWystawienia: TODAY,
		DataSprzedazy: TODAY,
		FormatDatySprzedazy: 'DZN',
		TerminPlatnosci: '2026-03-24',
		SposobZaplaty: 'PRZ',
		RodzajPodpisuOdbiorcy: 'BPO',
		WidocznyNumerGios: false,
		Numer: null,
		Pozycje: [{ StawkaVat: 0.23, Ilosc: 1, CenaJednostkowa: 100, NazwaPelna: 'Usługa', Jednostka: 'szt.', TypStawkiVat: 'PRC' }],
		Kontrahent: {
			Nazwa: 'Firma Testowa',
			NIP: '5260250274',
			KodPocztowy: '00-001',
			Miejscowosc: 'Warszawa',
			Email: 'klient@example.com',
		},
		...overrides,
	};
}

function proforma(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	const { Zaplacono: _paid, ZaplaconoNaDokumencie: _onDocument, DataSprzedazy: _sale, FormatDatySprzedazy: _format, ...rest } = domestic();
	return { ...rest, TypFakturyKrajowej: 'SPRZ', NumerZamowienia: 'ZAM/2026/7', ...overrides };
}

const A_BODY =
	'{"Zaplacono":0,"LiczOd":"NET","DataWystawienia":"2024-05-10","DataSprzedazy":"2024-05-10","FormatDatySprzedazy":"DZN","SposobZaplaty":"PRZ","RodzajPodpisuOdbiorcy":"BPO","WidocznyNumerGios":false,"Numer":null,"Pozycje":[{"StawkaVat":0.23,"Ilosc":1,"CenaJednostkowa":100,"NazwaPelna":"Usługa","Jednostka":"szt.","TypStawkiVat":"PRC"}],"Kontrahent":{"Nazwa":"Firma Testowa","KodPocztowy":"00-001","Miejscowosc":"Warszawa"}}';
const D_BODY = '{"Tekst":"Faktura w załączeniu","SkrzynkaEmailOdbiorcy":"klient@example.com"}';
const JAN = { login: 'jan.kowalski@example.com', hexKey: 'EAB0D8ACF3308F3B' };

describe('signature (the FAQ pair and the worked examples)', () => {
	it('matches the FAQ vector with the key hex-decoded, and not the ASCII-key mistake', () => {
		const signature = ifirmaSignature({ url: '', login: '', keyName: '', body: '222222', hexKey: '111111' });
		expect(signature).toBe('cec153ee6350475f117a307111e2bd7d83034925');
		expect(createHmac('sha1', '111111').update('222222').digest('hex')).toBe('1558ab6c5ab2b0d1cd129b9ad11527cf33486705');
		expect(signature).not.toBe('1558ab6c5ab2b0d1cd129b9ad11527cf33486705');
	});

	it('matches worked example A: a POST body with a Polish letter, hashed as UTF-8', () => {
		expect(Buffer.byteLength(A_BODY, 'utf8')).toBe(422);
		const url = 'https://www.ifirma.pl/iapi/fakturakraj.json';
		const signature = ifirmaSignature({ url, keyName: 'faktura', body: A_BODY, ...JAN });
		expect(signature).toBe('71fadb645e555076782d8ddc126f0fb20bc4d268');
		const message = `${url}${JAN.login}faktura${A_BODY}`;
		const asLatin1 = hmacHex(JAN.hexKey, Buffer.from(message, 'latin1'));
		expect(asLatin1).toBe('b4eceb2a9b0124499879732d6b6b1d9e20176dbb');
		expect(signature).not.toBe(asLatin1);
	});

	it('matches worked examples B and C: GETs sign the URL without its query and an empty body', () => {
		expect(ifirmaSignature({ url: 'https://www.ifirma.pl/iapi/faktury.json', keyName: 'faktura', body: '', ...JAN })).toBe(
			'2fd0dd84309a3361edaaa2f0b25289a8bb2ed5d3',
		);
		expect(ifirmaSignature({ url: 'https://www.ifirma.pl/iapi/abonent/limit.json', keyName: 'abonent', body: '', ...JAN })).toBe(
			'd475d0dbe533fedde99cba21fd91af64f41268d3',
		);
	});

	it('matches worked example D: the send body', () => {
		const url = 'https://www.ifirma.pl/iapi/fakturakraj/send/12345.json';
		expect(ifirmaSignature({ url, keyName: 'faktura', body: D_BODY, ...JAN })).toBe('c59d0b39aba17f0510beb86d78e318443da2a657');
		expect(ifirmaSignature({ url, keyName: 'faktura', body: Buffer.from(D_BODY, 'utf8'), ...JAN })).toBe(
			'c59d0b39aba17f0510beb86d78e318443da2a657',
		);
	});
});

describe('authentication (Kod 400–403)', () => {
	it('accepts a correctly signed request and serves it under /iapi', async () => {
		expect(sandbox.baseUrl).toBe(`http://127.0.0.1:${sandbox.port}/iapi`);
		const answer = await get('abonent/limit.json');
		expect(answer.status).toBe(200);
		expect(answer.body.response).toMatchObject({ Kod: 0, LimitPrzyznany: 2000 });
	});

	it('answers 400 without the header, or with a malformed one', async () => {
		for (const authentication of [
			null,
			'IAPIS user=sandbox@example.com hmac-sha1=0000000000000000000000000000000000000000',
			'IAPIS user=sandbox@example.com, hmac-sha1=ABCDEF0000000000000000000000000000000000',
			'Bearer token',
		]) {
			const answer = await get('abonent/limit.json', { authentication });
			expect(answer.status).toBe(200);
			expect(answer.body).toEqual({ response: { Kod: 400, Informacja: 'Nieprawidłowy nagłówek autoryzacji' } });
		}
	});

	it('answers 401 to an unknown login, 403 to a wrong hash', async () => {
		expect((await get('abonent/limit.json', { login: 'someone@example.com' })).body.response).toMatchObject({ Kod: 401 });
		expect((await get('abonent/limit.json', { hexKey: 'FFFFFFFFFFFFFFFF' })).body.response).toMatchObject({ Kod: 403 });
		// Signed with the invoice key where the endpoint wants the subscriber key.
		expect((await get('abonent/limit.json', { keyName: 'faktura' })).body.response).toMatchObject({ Kod: 403 });
	});

	it('answers 402 when the account has no key of the name the endpoint needs', async () => {
		await start({ keys: { faktura: 'A1B2C3D4E5F60718' } });
		expect(sandbox.keys).toEqual({ faktura: 'A1B2C3D4E5F60718' });
		const answer = await get('abonent/limit.json', { hexKey: '0F1E2D3C4B5A6978' });
		expect(answer.body.response).toMatchObject({ Kod: 402 });
		expect(answer.body.response.Informacja).toContain('abonent');
		expect((await get('faktury.json', { query: { dataOd: TODAY } })).body.response.Kod).toBe(0);
	});

	it('signs bills with the rachunek key', async () => {
		const wrong = await post('rachunekkraj.json', {}, { keyName: 'faktura' });
		expect(wrong.body.response.Kod).toBe(403);
		const right = await post('rachunekkraj.json', {});
		expect(right.body.response.Kod).toBe(201);
	});

	it('sends auth failures with the configured HTTP status', async () => {
		await start({ authFailureStatus: 401 });
		const answer = await get('abonent/limit.json', { hexKey: 'FFFFFFFFFFFFFFFF' });
		expect(answer.status).toBe(401);
		expect(answer.body.response.Kod).toBe(403);
		expect((await get('abonent/limit.json')).status).toBe(200);
	});

	it('never signs the query string', async () => {
		const query = { dataOd: '2026-03-01', strona: '1' };
		expect((await get('faktury.json', { query })).body.response.Kod).toBe(0);
		expect((await get('faktury.json', { query, signQuery: true })).body.response.Kod).toBe(403);
	});

	it('uses its own login and keys when given', async () => {
		await start({ login: JAN.login, keys: { faktura: JAN.hexKey } });
		expect(sandbox.login).toBe(JAN.login);
		expect((await get('faktury.json', { query: { dataOd: TODAY } })).body.response.Kod).toBe(0);
	});
});

describe('envelope and body checks (Kod 101, 102, 200, 201, 500)', () => {
	it('answers an unknown path or method with HTTP 404 and Kod 500', async () => {
		const unknown = await get('nieznane.json');
		expect(unknown.status).toBe(404);
		expect(unknown.body.response.Kod).toBe(500);
		expect((await call('DELETE', 'kontrahenci/ABC.json')).status).toBe(404);
	});

	it('wants application/json on a POST (102), a charset parameter allowed', async () => {
		expect((await post('fakturakraj.json', domestic(), { contentType: null })).body.response.Kod).toBe(102);
		expect((await post('fakturakraj.json', domestic(), { contentType: 'text/plain' })).body.response.Kod).toBe(102);
		expect((await post('fakturakraj.json', domestic(), { contentType: 'application/json; charset=ISO-8859-2' })).body.response.Kod).toBe(102);
		expect((await post('fakturakraj.json', domestic(), { contentType: 'application/json' })).body.response.Kod).toBe(0);
		expect((await post('fakturakraj.json', domestic(), { contentType: 'application/json; charset=utf-8' })).body.response.Kod).toBe(0);
	});

	it('refuses a body that is not UTF-8 (101), even when correctly signed', async () => {
		// `ó` in Latin-1 is the lone byte 0xF3, which UTF-8 never allows.
		const latin1 = Buffer.from(JSON.stringify(domestic({ Uwagi: 'Kraków' })), 'latin1');
		const answer = await post('fakturakraj.json', latin1);
		expect(answer.body.response).toMatchObject({ Kod: 101 });
		expect(sandbox.store.documents.size).toBe(0);
	});

	it('refuses unparsable JSON, an empty body and a non-object with Kod 200', async () => {
		for (const body of ['{"LiczOd":', '', '[1,2]']) {
			const answer = await post('fakturakraj.json', body);
			expect(answer.status).toBe(200);
			expect(answer.body.response.Kod).toBe(200);
		}
	});

	it('refuses wrong JSON types and unknown fields with Kod 200 naming each', async () => {
		const body = domestic({
			Zaplacono: '0',
			WidocznyNumerGios: 'false',
			Pozycje: [{ StawkaVat: 0.23, Ilosc: '1', CenaJednostkowa: 100, NazwaPelna: 'X', Jednostka: 'szt.', TypStawkiVat: 'PRC', Rabat: '5' }],
			Zapilesz: 1,
		});
		const answer = await post('fakturakraj.json', body);
		expect(answer.body.response.Kod).toBe(200);
		const text: string = answer.body.response.Informacja;
		for (const field of ['Zaplacono', 'WidocznyNumerGios', 'Pozycje[0].Ilosc', 'Pozycje[0].Rabat', 'Zapilesz']) expect(text).toContain(field);
	});

	it('lists every failed rule in one Kod 201', async () => {
		const answer = await post(
			'fakturakraj.json',
			domestic({
				LiczOd: 'GROSS',
				SposobZaplaty: 'XXX',
				Uwagi: 'x'.repeat(1001),
				Pozycje: [{ StawkaVat: 0.22, Ilosc: 0, CenaJednostkowa: 100, Jednostka: 'szt.', TypStawkiVat: 'PRC' }],
				Kontrahent: { Nazwa: 'Bez adresu', Miejscowosc: 'Warszawa' },
			}),
		);
		expect(answer.body.response.Kod).toBe(201);
		const problems = (answer.body.response.Informacja as string).split('; ').map((problem) => problem.split(':')[0]);
		expect(problems).toEqual([
			'LiczOd',
			'SposobZaplaty',
			'Uwagi',
			'Pozycje[0].NazwaPelna',
			'Pozycje[0].StawkaVat',
			'Pozycje[0].Ilosc',
			'Kontrahent.KodPocztowy',
		]);
		expect(answer.body.response.Informacja).toContain('Pozycje[0].NazwaPelna: pole wymagane');
		expect(sandbox.store.contractors.size).toBe(0);
	});

	it('refuses signing example A as it stands: ZaplaconoNaDokumencie missing, sale outside the open month', async () => {
		const answer = await post('fakturakraj.json', A_BODY);
		expect(answer.body.response.Kod).toBe(201);
		expect(answer.body.response.Informacja).toContain('ZaplaconoNaDokumencie: pole wymagane');
		expect(answer.body.response.Informacja).toContain('DataSprzedazy: data sprzedaży musi należeć do otwartego miesiąca księgowego 03/2026');
	});
});

describe('issuing invoices', () => {
	it('issues a domestic invoice with the documented answer and stores it', async () => {
		const answer = await post('fakturakraj.json', domestic());
		expect(answer.body).toEqual({
			response: { Kod: 0, Informacja: 'Faktura została pomyślnie dodana.', Identyfikator: expect.stringMatching(/^\d+$/) },
		});
		const document = sandbox.store.documents.get(answer.body.response.Identyfikator);
		expect(document).toMatchObject({
			type: 'fakturakraj',
			kind: 'prz_faktura_kraj',
			fullNumber: '1/2026',
			totals: { net: 100, vat: 23, gross: 123 },
			paid: 0,
			contractor: { Nazwa: 'Firma Testowa', Identyfikator: 'FIRMATESTOWA' },
		});
		expect(sandbox.requests.at(-1)?.body).toMatchObject({ LiczOd: 'NET' });
	});

	it('numbers per type and year, takes a free explicit number and refuses a used one', async () => {
		expect(sandbox.addDocument('fakturakraj', domestic()).fullNumber).toBe('1/2026');
		expect(sandbox.addDocument('fakturakraj', domestic({ Numer: 5 })).fullNumber).toBe('5/2026');
		expect(sandbox.addDocument('fakturakraj', domestic()).fullNumber).toBe('6/2026');
		expect(sandbox.addDocument('fakturawysylka', domestic({ DataOtrzymaniaZaplaty: TODAY })).fullNumber).toBe('1/2026');
		const used = await post('fakturakraj.json', domestic({ Numer: 5 }));
		expect(used.body.response).toEqual({ Kod: 201, Informacja: 'Numer: numer 5/2026 jest już wykorzystany' });
		const missing = { ...domestic() };
		delete missing.Numer;
		expect((await post('fakturakraj.json', missing)).body.response.Informacja).toContain('Numer: pole wymagane');
	});

	it('computes totals in exact decimals from net or gross prices, with discounts and VAT per rate', async () => {
		const net = sandbox.addDocument(
			'fakturakraj',
			domestic({
				Pozycje: [
					{ StawkaVat: 0.23, Ilosc: 3, CenaJednostkowa: 33.33, Rabat: 10, NazwaPelna: 'A', Jednostka: 'szt.', TypStawkiVat: 'PRC' },
					{ StawkaVat: null, Ilosc: 2, CenaJednostkowa: 10, NazwaPelna: 'B', Jednostka: 'szt.', TypStawkiVat: 'ZW' },
				],
			}),
		);
		expect(net.totals).toEqual({ net: 109.99, vat: 20.7, gross: 130.69 });
		const gross = sandbox.addDocument('fakturakraj', domestic({ LiczOd: 'BRT', Pozycje: [{ ...(domestic().Pozycje as Json)[0], CenaJednostkowa: 123 }] }));
		expect(gross.totals).toEqual({ net: 100, vat: 23, gross: 123 });
		const tenths = { StawkaVat: 0.23, Ilosc: 1, CenaJednostkowa: 0.1, NazwaPelna: 'C', Jednostka: 'szt.', TypStawkiVat: 'PRC' };
		// Per line 0.023 would round to 0.02 three times; per rate 0.069 rounds to 0.07.
		expect(sandbox.addDocument('fakturakraj', domestic({ Pozycje: [tenths, tenths, tenths] })).totals).toEqual({ net: 0.3, vat: 0.07, gross: 0.37 });
	});

	it('applies the documented line rules', async () => {
		const line = (overrides: Record<string, unknown>) =>
			domestic({ Pozycje: [{ ...(domestic().Pozycje as Json)[0], ...overrides }] });
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ StawkaVat: 0.23, TypStawkiVat: 'ZW' }, 'Pozycje[0].StawkaVat'],
			[{ StawkaVat: null }, 'Pozycje[0].StawkaVat: pole wymagane'],
			[{ CenaJednostkowa: 100000000 }, 'Pozycje[0].CenaJednostkowa'],
			[{ CenaJednostkowa: 1.005 }, 'Pozycje[0].CenaJednostkowa: maksymalnie 2 miejsc po przecinku'],
			[{ Rabat: 100 }, 'Pozycje[0].Rabat'],
			[{ GTU: '14' }, 'Pozycje[0].GTU'],
			[{ PKWiU: 'x'.repeat(31) }, 'Pozycje[0].PKWiU: maksymalnie 30 znaków'],
			[{ Jednostka: 'jednostka11' }, 'Pozycje[0].Jednostka: maksymalnie 10 znaków'],
			[{ NazwaPelna: 'ż'.repeat(301) }, 'Pozycje[0].NazwaPelna: maksymalnie 300 znaków'],
		];
		for (const [overrides, expected] of cases) {
			const answer = await post('fakturakraj.json', line(overrides));
			expect(answer.body.response.Kod).toBe(201);
			expect(answer.body.response.Informacja).toContain(expected);
		}
		expect((await post('fakturakraj.json', line({ NazwaPelna: 'ż'.repeat(300), GTU: '12', Rabat: 99.99 }))).body.response.Kod).toBe(0);
		expect((await post('fakturakraj.json', domestic({ Pozycje: [] }))).body.response.Informacja).toContain('Pozycje:');
	});

	it('bounds the amounts paid by the gross total', async () => {
		const answer = await post('fakturakraj.json', domestic({ Zaplacono: 123.01, ZaplaconoNaDokumencie: -1 }));
		expect(answer.body.response.Informacja).toBe(
			'ZaplaconoNaDokumencie: nie może być ujemna; Zaplacono: nie może przekraczać kwoty brutto (123)',
		);
		expect(sandbox.addDocument('fakturakraj', domestic({ Zaplacono: 123, ZaplaconoNaDokumencie: 123 })).paid).toBe(123);
	});

	it('checks the dates against the sale and the open accounting month', async () => {
		const cases: Array<[Record<string, unknown>, string]> = [
			[{ DataSprzedazy: '2026-02-27', DataWystawienia: '2026-03-01' }, 'DataSprzedazy: data sprzedaży musi należeć'],
			[{ DataWystawienia: '2026-03-09' }, 'DataWystawienia: nie może być wcześniejsza niż data sprzedaży'],
			[{ DataWystawienia: '2026-04-16' }, 'DataWystawienia: nie może być późniejsza niż 2026-04-15'],
			[{ TerminPlatnosci: '2026-03-09' }, 'TerminPlatnosci'],
			[{ DataWystawienia: '2026-02-30' }, 'DataWystawienia: nieprawidłowa data'],
		];
		for (const [overrides, expected] of cases) {
			const answer = await post('fakturakraj.json', domestic(overrides));
			expect(answer.body.response.Kod).toBe(201);
			expect(answer.body.response.Informacja).toContain(expected);
		}
		expect((await post('fakturakraj.json', domestic({ DataWystawienia: '2026-04-15' }))).body.response.Kod).toBe(0);
	});

	it('requires the fields of each type', async () => {
		const expectations: Array<[string, Record<string, unknown>, string[]]> = [
			['fakturawysylka', {}, ['DataOtrzymaniaZaplaty: pole wymagane']],
			['fakturawaluta', {}, ['TypSprzedazy: pole wymagane', 'Waluta: pole wymagane']],
			['fakturawaluta', { Waluta: 'PLN', TypSprzedazy: 'KRAJOWA' }, ['Waluta: faktura w walucie obcej nie może być wystawiona w PLN']],
			['fakturawdt', { Waluta: 'eur', Jezyk: 'English' }, ['Jezyk', 'Waluta']],
			['fakturaeksporttowarow', {}, ['Waluta: pole wymagane']],
			['rachunekkraj', {}, ['WpisDoKpir: pole wymagane']],
		];
		for (const [type, extra, messages] of expectations) {
			const answer = await post(`${type}.json`, domestic(extra));
			expect(answer.body.response.Kod).toBe(201);
			for (const message of messages) expect(answer.body.response.Informacja).toContain(message);
		}
		const foreign = sandbox.addDocument('fakturawaluta', domestic({ Waluta: 'EUR', TypSprzedazy: 'WYSYLKOWA' }));
		expect(foreign).toMatchObject({ kind: 'prz_faktura_waluta', currency: 'EUR' });
		expect(sandbox.addDocument('fakturaeksportuslug', domestic({ Waluta: 'USD', Jezyk: 'en', NazwaUslugi: 'Doradztwo' })).kind).toBe(
			'prz_eksport_dost_uslug_nie_ue',
		);
		expect(sandbox.addDocument('fakturazaliczka', domestic()).kind).toBe('prz_faktura_zal');
		expect(sandbox.addDocument('fakturakoncowa', domestic()).kind).toBe('prz_faktura_kon');
		expect((await post('fakturawaluta.json', domestic({ Waluta: 'EUR', TypSprzedazy: 'KRAJOWA', Zaplilesz: 1 }))).body.response.Kod).toBe(200);
	});

	it('issues a bill without VAT, signed with the rachunek key', async () => {
		const answer = await post(
			'rachunekkraj.json',
			domestic({
				LiczOd: undefined,
				WpisDoKpir: 'TOW',
				DataWystawienia: '2026-05-31',
				Pozycje: [{ Ilosc: 2, CenaJednostkowa: 50, NazwaPelna: 'Usługa', Jednostka: 'h' }],
			}),
		);
		expect(answer.body.response.Kod).toBe(0);
		const bill = sandbox.store.documents.get(answer.body.response.Identyfikator);
		expect(bill).toMatchObject({ kind: 'prz_rachunek_kraj', totals: { net: 100, vat: 0, gross: 100 } });
		const late = await post('rachunekkraj.json', domestic({ WpisDoKpir: 'NIE', DataWystawienia: '2026-06-09' }));
		expect(late.body.response.Informacja).toContain('DataWystawienia: nie może być późniejsza niż 2026-06-08');
	});

	it('seed helpers apply the same rules and throw', () => {
		expect(() => sandbox.addDocument('fakturakraj', domestic({ LiczOd: 'X' }))).toThrow(IfirmaError);
		expect(() => sandbox.addDocument('fakturakraj', domestic({ Ilosc: '1' }))).toThrow(/Kod 200/);
		expect(() => sandbox.addDocument('nieznany', domestic())).toThrow('unknown document type');
		expect(() => sandbox.addContractor({ Nazwa: 'Bez kodu', Miejscowosc: 'Gdańsk' })).toThrow(
			'Kod 201: KodPocztowy: pole wymagane',
		);
	});
});

describe('contractor resolution when issuing (Pro forma page)', () => {
	it('finds by identifier, then by NIP among contractors without a prefix or with PL, else creates', async () => {
		sandbox.addContractor({ Nazwa: 'Stały', Identyfikator: 'STALY', KodPocztowy: '30-001', Miejscowosc: 'Kraków' });
		sandbox.addContractor({ Nazwa: 'Polski', Identyfikator: 'PL1', NIP: '123-456-32-18', PrefiksUE: 'PL', KodPocztowy: '1', Miejscowosc: 'X' });
		sandbox.addContractor({ Nazwa: 'Niemiecki', Identyfikator: 'DE1', NIP: '811569869', PrefiksUE: 'DE', KodPocztowy: '1', Miejscowosc: 'Y' });
		const withoutBuyer = domestic({ Kontrahent: undefined });
		expect(sandbox.addDocument('fakturakraj', { ...withoutBuyer, IdentyfikatorKontrahenta: 'STALY' }).contractor.Nazwa).toBe('Stały');
		expect(sandbox.addDocument('fakturakraj', { ...withoutBuyer, NIPKontrahenta: '1234563218' }).contractor.Nazwa).toBe('Polski');
		expect(sandbox.addDocument('fakturakraj', { ...withoutBuyer, PrefiksUEKontrahenta: 'DE', NIPKontrahenta: '811569869' }).contractor.Nazwa).toBe(
			'Niemiecki',
		);
		const noMatch = await post('fakturakraj.json', { ...withoutBuyer, NIPKontrahenta: '811569869' });
		expect(noMatch.body.response.Informacja).toMatch(/^Kontrahent: pole wymagane/);
		const created = sandbox.addDocument('fakturakraj', { ...domestic(), IdentyfikatorKontrahenta: 'BRAK' });
		expect(sandbox.store.contractors.get(created.contractor.Identyfikator)).toMatchObject({ Nazwa: 'Firma Testowa' });
		const clash = await post('fakturakraj.json', domestic({ Kontrahent: { Nazwa: 'Inny', Identyfikator: 'STALY', KodPocztowy: '1', Miejscowosc: 'Z' } }));
		expect(clash.body.response.Informacja).toContain('Kontrahent.Identyfikator');
	});
});

describe('one invoice from issue to correction', () => {
	it('reads, lists, takes payments, sends and corrects', async () => {
		const created = await post('fakturakraj.json', domestic({ Uwagi: 'Dziękujemy' }));
		const id: string = created.body.response.Identyfikator;

		const json = await get(`fakturakraj/${id}.json`);
		expect(json.body.response).toMatchObject({
			Kod: 0,
			FakturaId: Number(id),
			PelnyNumer: '1/2026',
			Rodzaj: 'prz_faktura_kraj',
			DataWystawienia: TODAY,
			DataSprzedazy: TODAY,
			TerminPlatnosci: '2026-03-24',
			LiczOd: 'NET',
			SposobZaplaty: 'PRZ',
			Uwagi: 'Dziękujemy',
			Waluta: 'PLN',
			IdentyfikatorKontrahenta: 'FIRMATESTOWA',
			Kontrahent: { Identyfikator: 'FIRMATESTOWA', Nazwa: 'Firma Testowa', NIP: '5260250274', OsobaFizyczna: false },
			Pozycje: [{ NazwaPelna: 'Usługa', CenaJednostkowa: 100 }],
			Netto: 100,
			VAT: 23,
			Brutto: 123,
			Zaplacono: 0,
			CzyWyslano: false,
		});
		expect((await get('fakturakraj/1_2026.json')).body.response.FakturaId).toBe(Number(id));
		expect((await get(`fakturawysylka/${id}.json`)).body.response).toEqual({ Kod: 500, Informacja: 'Nie znaleziono dokumentu' });
		expect((await get('fakturakraj/99_2026.json')).body.response.Kod).toBe(500);

		const pdf = await get('fakturakraj/1_2026.pdf');
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.bytes.toString('latin1')).toContain('1/2026');
		expect(pdf.bytes.toString('latin1')).not.toContain('DUPLIKAT');
		const duplicate = await get(`fakturakraj/${id}.pdf`, { query: { typ: 'dup' } });
		expect(duplicate.bytes.toString('latin1')).toContain(`DUPLIKAT z dnia ${TODAY}`);
		const xml = await get(`fakturakraj/${id}.xml`);
		expect(xml.headers.get('content-type')).toMatch(/^application\/xml/);
		const xmlText = xml.bytes.toString('utf8');
		expect(xmlText).toContain('<PelnyNumer>1/2026</PelnyNumer>');
		expect(xmlText).toContain('<Brutto>123.00</Brutto>');
		expect(xmlText).toContain('<NazwaPelna>Usługa</NazwaPelna>');

		const listed = await get('faktury.json', { query: { dataOd: '2026-03-01', status: 'nieoplacone' } });
		expect(listed.body.response.Wynik).toEqual([
			{
				FakturaId: Number(id),
				PelnyNumer: '1/2026',
				Rodzaj: 'prz_faktura_kraj',
				DataWystawienia: TODAY,
				DataSprzedazy: TODAY,
				TerminPlatnosci: '2026-03-24',
				Brutto: 123,
				Netto: 100,
				Zaplacono: 0,
				Waluta: 'PLN',
				KontrahentNazwa: 'Firma Testowa',
				IdentyfikatorKontrahenta: 'FIRMATESTOWA',
				NIPKontrahenta: '5260250274',
				CzyWyslano: false,
				CzySzkic: false,
				StatusPlatnosci: 'nieoplacone',
			},
		]);

		const partly = await post('faktury/wplaty/prz_faktura_kraj/1_2026.json', { Kwota: 23.5, Data: '2026-03-11' });
		expect(partly.body.response).toEqual({ Kod: 0, Informacja: 'Wpłata została zarejestrowana.', Wynik: 1 });
		expect(sandbox.store.payments.find(1)).toMatchObject({ documentId: id, Kwota: 23.5, Data: '2026-03-11' });
		const statusOf = async () => (await get('faktury.json', { query: { dataOd: '2026-03-01' } })).body.response.Wynik[0].StatusPlatnosci;
		expect(await statusOf()).toBe('oplaconeCzesciowo');
		const tooMuch = await post(`faktury/wplaty/prz_faktura_kraj/${id}.json`, { Kwota: 100 });
		expect(tooMuch.body.response.Informacja).toBe('Kwota: nie może przekraczać kwoty pozostałej do zapłaty (99.5)');
		const wrongKind = await post(`faktury/wplaty/prz_faktura_wysylka/${id}.json`, { Kwota: 1 });
		expect(wrongKind.body.response.Kod).toBe(500);
		expect((await post(`faktury/wplaty/prz_faktura_kraj/${id}.json`, { Kwota: '99.50' })).body.response.Kod).toBe(200);
		const rest = await post(`faktury/wplaty/prz_faktura_kraj/${id}.json`, { Kwota: 99.5 });
		expect(rest.body.response.Wynik).toBe(2);
		expect(sandbox.store.payments.find(2)?.Data).toBe(TODAY);
		expect(await statusOf()).toBe('oplacone');
		expect((await get(`fakturakraj/${id}.json`)).body.response.Zaplacono).toBe(123);

		const sent = await post(`fakturakraj/send/${id}.json`, { Tekst: 'W załączeniu faktura', Przelew: true }, { query: { wyslijPoczta: 'true' } });
		expect(sent.body.response).toEqual({ Kod: 0, Informacja: 'Faktura została wysłana.' });
		expect(sandbox.emails).toEqual([
			expect.objectContaining({ documentId: id, to: 'klient@example.com', text: 'W załączeniu faktura', transfer: true, byPost: true, eInvoice: false }),
		]);
		expect((await get(`fakturakraj/${id}.json`)).body.response.CzyWyslano).toBe(true);

		const correction = await post(`fakturakraj/korekta/${id}.json`, {
			PowodKorekty: 'PODW_CENY',
			DataWystawienia: '2026-03-12',
			Uwagi: 'Podwyżka',
			Pozycje: [{ StawkaVat: 0.23, Ilosc: 1, CenaJednostkowa: 150, NazwaPelna: 'Usługa', Jednostka: 'szt.', TypStawkiVat: 'PRC' }],
		});
		expect(correction.body.response).toEqual({
			Kod: 0,
			Informacja: 'Faktura korygująca została pomyślnie dodana.',
			Identyfikator: expect.stringMatching(/^\d+$/),
		});
		const corrected = await get('fakturakraj/KOR_1_2026.json');
		expect(corrected.body.response).toMatchObject({
			PelnyNumer: 'KOR/1/2026',
			Rodzaj: 'prz_faktura_kraj',
			PowodKorekty: 'PODW_CENY',
			IdentyfikatorFakturyKorygowanej: id,
			Netto: 50,
			VAT: 11.5,
			Brutto: 61.5,
			PozycjePrzedKorekta: [{ CenaJednostkowa: 100 }],
			Pozycje: [{ CenaJednostkowa: 150 }],
		});
	});

	it('refuses a correction without reason, date or lines', async () => {
		const invoice = sandbox.addDocument('fakturakraj', domestic());
		const answer = await post(`fakturakraj/korekta/${invoice.id}.json`, { PowodKorekty: 'INNY' });
		expect(answer.body.response.Informacja).toBe(
			'PowodKorekty: niedozwolona wartość "INNY" (dozwolone: OBOW_RABAT, ZWR_SPRZ_TOW, ZWR_NAB_KWOT, ZWR_NAB_ZAL, PODW_CENY, POMYLKI); DataWystawienia: pole wymagane; Pozycje: pole wymagane',
		);
		expect((await post('fakturakraj/korekta/7_2026.json', {})).body.response.Kod).toBe(500);
	});

	it('sends to the given address, refuses when there is none', async () => {
		const invoice = sandbox.addDocument('fakturakraj', domestic({ Kontrahent: { Nazwa: 'Bez maila', KodPocztowy: '1', Miejscowosc: 'X' } }));
		expect((await post(`fakturakraj/send/${invoice.id}.json`, {})).body.response.Informacja).toContain('SkrzynkaEmailOdbiorcy');
		expect((await post(`fakturakraj/send/${invoice.id}.json`, JSON.parse(D_BODY))).body.response.Kod).toBe(0);
		expect(sandbox.emails.at(-1)).toMatchObject({ to: 'klient@example.com', text: 'Faktura w załączeniu' });
		expect((await post(`fakturakraj/send/${invoice.id}.json`, { Tekst: 'x'.repeat(1001), SkrzynkaEmailOdbiorcy: 'a@b.pl' })).body.response.Kod).toBe(201);
		expect((await post(`fakturazaliczka/send/${invoice.id}.json`, {})).status).toBe(404);
	});
});

describe('invoice lists', () => {
	function seedMonth(): void {
		sandbox.addDocument('fakturakraj', domestic({ DataWystawienia: '2026-03-05', DataSprzedazy: '2026-03-01', TerminPlatnosci: '2026-03-06' }));
		sandbox.addDocument('fakturakraj', domestic({ DataWystawienia: '2026-03-02', DataSprzedazy: '2026-03-01', Zaplacono: 123 }));
		sandbox.addDocument(
			'fakturawysylka',
			domestic({
				DataOtrzymaniaZaplaty: TODAY,
				Kontrahent: undefined,
				IdentyfikatorKontrahenta: 'FIRMATESTOWA',
				Pozycje: [{ StawkaVat: 0.08, Ilosc: 10, CenaJednostkowa: 100, NazwaPelna: 'Towar', Jednostka: 'szt.', TypStawkiVat: 'PRC' }],
			}),
		);
		sandbox.addContractor({ Nazwa: 'Druga', Identyfikator: 'DRUGA', NIP: '7010002137', KodPocztowy: '1', Miejscowosc: 'X' });
		sandbox.addDocument('fakturakraj', domestic({ Kontrahent: undefined, IdentyfikatorKontrahenta: 'DRUGA', DataWystawienia: '2026-04-02' }));
		sandbox.addDocument('fakturaproformakraj', proforma());
	}

	const numbers = async (query: Record<string, string>, path = 'faktury.json') => {
		const answer = await get(path, { query });
		expect(answer.body.response.Kod).toBe(0);
		return (answer.body.response.Wynik as Json[]).map((item) => `${item.Rodzaj}:${item.PelnyNumer}`);
	};

	it('filters by issue date (default span 30 days), amount, contractor, NIP, type and status, in date order', async () => {
		seedMonth();
		// 1 March + 30 days ends on 31 March, before the April invoice.
		expect(await numbers({ dataOd: '2026-03-01' })).toEqual([
			'prz_faktura_kraj:2/2026',
			'prz_faktura_kraj:1/2026',
			'prz_faktura_wysylka:1/2026',
		]);
		expect(await numbers({ dataOd: '2026-03-03' })).toEqual([
			'prz_faktura_kraj:1/2026',
			'prz_faktura_wysylka:1/2026',
			'prz_faktura_kraj:3/2026',
		]);
		expect(await numbers({ dataOd: '2026-02-01' })).toEqual(['prz_faktura_kraj:2/2026']);
		const spring = { dataOd: '2026-03-01', dataDo: '2026-04-30' };
		expect(await numbers(spring)).toHaveLength(4);
		expect(await numbers({ ...spring, kwotaOd: '500' })).toEqual(['prz_faktura_wysylka:1/2026']);
		expect(await numbers({ ...spring, kwotaDo: '123.00' })).toEqual(['prz_faktura_kraj:2/2026', 'prz_faktura_kraj:1/2026', 'prz_faktura_kraj:3/2026']);
		expect(await numbers({ ...spring, kontrahent: 'DRUGA' })).toEqual(['prz_faktura_kraj:3/2026']);
		expect(await numbers({ ...spring, nipKontrahenta: '701-000-21-37' })).toEqual(['prz_faktura_kraj:3/2026']);
		expect(await numbers({ ...spring, typ: 'prz_faktura_wysylka' })).toEqual(['prz_faktura_wysylka:1/2026']);
		expect(await numbers({ ...spring, status: 'przeterminowane' })).toEqual(['prz_faktura_kraj:1/2026']);
		expect(await numbers({ ...spring, status: 'oplacone,przeterminowane' })).toEqual(['prz_faktura_kraj:2/2026', 'prz_faktura_kraj:1/2026']);
		expect(await numbers({ ...spring, status: 'nieoplacone' })).toEqual(['prz_faktura_wysylka:1/2026', 'prz_faktura_kraj:3/2026']);
		expect(await numbers({ dataOd: '2026-03-01' }, 'proformy.json')).toEqual(['proforma:1/2026']);
	});

	it('pages with strona and iloscNaStronie, 20 by default and at most 100', async () => {
		for (let index = 0; index < 25; index += 1) sandbox.addDocument('fakturakraj', domestic());
		expect(await numbers({ dataOd: TODAY })).toHaveLength(20);
		expect(await numbers({ dataOd: TODAY, strona: '2' })).toEqual(['1', '2', '3', '4', '5'].map((n) => `prz_faktura_kraj:${Number(n) + 20}/2026`));
		expect(await numbers({ dataOd: TODAY, strona: '3', iloscNaStronie: '10' })).toHaveLength(5);
		expect(await numbers({ dataOd: TODAY, strona: '4' })).toEqual([]);
		expect((await get('faktury.json', { query: { dataOd: TODAY, iloscNaStronie: '101' } })).body.response.Kod).toBe(201);
	});

	it('refuses a list without dataOd or with bad parameters', async () => {
		expect((await get('faktury.json')).body.response).toEqual({ Kod: 201, Informacja: 'dataOd: pole wymagane' });
		const bad = await get('faktury.json', { query: { dataOd: '2026-13-01', kwotaOd: 'dużo', status: 'zaplacone', strona: '0' } });
		expect(bad.body.response.Informacja.split('; ').map((problem: string) => problem.split(':')[0])).toEqual([
			'dataOd',
			'kwotaOd',
			'status',
			'strona',
		]);
	});
});

describe('pro forma (Pro forma page)', () => {
	const SEED_REQUEST =
		'{"LiczOd": "BRT","NumerKontaBankowego": null,"TypFakturyKrajowej": "sprz","DataWystawienia": "2010-03-25","MiejsceWystawienia": "Miasto","TerminPlatnosci": null,"SposobZaplaty": "PRZ","PodpisWystawcy": "Wystawca","Uwagi": "uwagi","WidocznyNumerGios": true,"RodzajPodpisuOdbiorcy": "BPO","NumerZamowienia": "21/2011","Pozycje":[{"StawkaVat": 0.23,"Ilosc": 1,"CenaJednostkowa": 78.00,"NazwaPelna": "cos","Jednostka": "sztuk","PKWiU": "","TypStawkiVat": "PRC"}],"Kontrahent":{"Nazwa": "Imie Nazwisko","Identyfikator": null,"PrefiksUE": null,"NIP": null,"Ulica": "Ulica","KodPocztowy": "11-111","Kraj": "Polska","Miejscowosc": "Miejscowość","Email": "em@il.pl","Telefon": "111111111","OsobaFizyczna": true}}';

	it('accepts the Pro forma page example request, lowercase sprz included, once it carries the Numer its table requires', async () => {
		// The Pro forma page's table marks Numer required ("T"); its example leaves it out. The sandbox follows the
		// table.
		expect((await post('fakturaproformakraj.json', SEED_REQUEST)).body.response).toEqual({
			Kod: 201,
			Informacja: 'Numer: pole wymagane (null oznacza kolejny numer z serii)',
		});
		const answer = await post('fakturaproformakraj.json', SEED_REQUEST.replace('{"LiczOd"', '{"Numer": null,"LiczOd"'));
		expect(answer.body.response).toMatchObject({ Kod: 0, Informacja: 'Faktura została pomyślnie dodana.' });
		const document = await get(`fakturaproformakraj/${answer.body.response.Identyfikator}.json`);
		expect(document.body.response).toMatchObject({
			PelnyNumer: '1/2010',
			Rodzaj: 'proforma',
			TypFakturyKrajowej: 'SPRZ',
			NumerZamowienia: '21/2011',
			DataSprzedazy: null,
			Brutto: 78,
			Netto: 63.41,
			VAT: 14.59,
			Kontrahent: { Nazwa: 'Imie Nazwisko', Miejscowosc: 'Miejscowość', OsobaFizyczna: true },
		});
		expect((await get('fakturaproformakraj/1_2010.xml')).bytes.toString('utf8')).toContain('<NumerZamowienia>21/2011</NumerZamowienia>');
	});

	it('applies the pro forma rules: type and order number required, issued by the end of the accounting month', async () => {
		const answer = await post('fakturaproformakraj.json', proforma({ TypFakturyKrajowej: 'X', NumerZamowienia: undefined, DataWystawienia: '2026-04-01', TerminPlatnosci: null }));
		expect(answer.body.response.Informacja).toBe(
			'TypFakturyKrajowej: niedozwolona wartość "X" (dozwolone: SPRZ, BUD, ZAL); NumerZamowienia: pole wymagane; DataWystawienia: nie może być późniejsza niż ostatni dzień miesiąca księgowego (2026-03-31)',
		);
		expect((await post('fakturaproformakraj.json', proforma({ NumerZamowienia: 'x'.repeat(31) }))).body.response.Kod).toBe(201);
		expect((await post('fakturaproformakraj.json', proforma({ DataSprzedazy: '2026-03-02' }))).body.response.Informacja).toContain(
			'DataWystawienia: nie może być późniejsza niż 2026-03-09',
		);
		expect((await post('fakturaproformakraj.json', proforma({ TypFakturyKrajowej: 'zal' }))).body.response.Kod).toBe(0);
	});

	it('issues the pro forma and its invoice at once with add.json', async () => {
		const answer = await post('fakturaproformakraj/add.json', proforma({ NumerZamowienia: 'Z-1' }));
		expect(answer.body.response).toEqual({
			Kod: 0,
			Informacja: 'Faktura została pomyślnie dodana.',
			Identyfikator: expect.stringMatching(/^\d+$/),
			IdentyfikatorFaktury: expect.stringMatching(/^\d+$/),
		});
		const invoice = await get(`fakturakraj/${answer.body.response.IdentyfikatorFaktury}.json`);
		expect(invoice.body.response).toMatchObject({
			PelnyNumer: '1/2026',
			DataWystawienia: TODAY,
			DataSprzedazy: TODAY,
			IdentyfikatorProformy: answer.body.response.Identyfikator,
			Brutto: 123,
			Kontrahent: { Nazwa: 'Firma Testowa' },
		});
		expect(sandbox.store.contractors.size).toBe(1);
		expect((await post('fakturaproformakraj/add.json', proforma({ TypFakturyKrajowej: 'BUD' }))).body.response.Informacja).toContain(
			'TypFakturyKrajowej',
		);
		const outside = await post('fakturaproformakraj/add.json', proforma({ DataWystawienia: '2026-02-27' }));
		expect(outside.body.response.Informacja).toBe('Faktura.DataSprzedazy: data sprzedaży musi należeć do otwartego miesiąca księgowego 03/2026');
		expect(sandbox.store.documents.size).toBe(2);
	});

	it('issues the invoice from an existing pro forma once, by id or number, and finds both by order number', async () => {
		const created = sandbox.addDocument('fakturaproformakraj', proforma({ NumerZamowienia: 'ZAM/77' }));
		expect((await get('fakturaproformakraj/find/ZAM_77.json')).body.response).toEqual({
			Kod: 0,
			Informacja: 'Wyniki wyszukiwania',
			Wynik: [{ Typ: 'PROFORMA', PelnyNumer: '1/2026', Identyfikator: created.id }],
		});
		const first = await get('fakturaproformakraj/add/1_2026.json');
		expect(first.body.response).toMatchObject({ Kod: 0, Identyfikator: expect.stringMatching(/^\d+$/) });
		const invoiceId: string = first.body.response.Identyfikator;
		expect(sandbox.store.documents.get(invoiceId)).toMatchObject({ type: 'fakturakraj', issueDate: TODAY, saleDate: TODAY, proformaId: created.id });
		const second = await get(`fakturaproformakraj/add/${created.id}.json`);
		expect(second.body.response).toEqual({ Kod: 201, Informacja: 'Do faktury pro forma 1/2026 wystawiono już fakturę 1/2026' });
		expect((await get(`fakturaproformakraj/find/${encodeURIComponent('ZAM/77')}.json`)).body.response.Wynik).toEqual([
			{ Typ: 'PROFORMA', PelnyNumer: '1/2026', Identyfikator: created.id },
			{ Typ: 'FAKTURA_KRAJ', PelnyNumer: '1/2026', Identyfikator: invoiceId },
		]);
		expect((await get('fakturaproformakraj/find/NIC.json')).body.response.Wynik).toEqual([]);
		expect((await get('fakturaproformakraj/add/9_2026.json')).body.response.Kod).toBe(500);
	});

	it('sends a pro forma and lists it apart from invoices', async () => {
		const created = sandbox.addDocument('fakturaproformakraj', proforma());
		expect((await post(`fakturaproformakraj/send/${created.id}.json`, {})).body.response.Kod).toBe(0);
		expect(sandbox.emails.at(-1)).toMatchObject({ type: 'fakturaproformakraj', fullNumber: '1/2026', to: 'klient@example.com' });
		expect((await get('faktury.json', { query: { dataOd: TODAY } })).body.response.Wynik).toEqual([]);
		expect((await post(`faktury/wplaty/proforma/${created.id}.json`, { Kwota: 1 })).body.response.Kod).toBe(500);
	});
});

describe('contractors (Contractor pages)', () => {
	const FULL = {
		Nazwa: 'IFIRMA SA',
		Identyfikator: 'IFIRMA',
		NIP: '8980204327',
		Ulica: 'Grabiszyńska 241',
		KodPocztowy: '53-234',
		Miejscowosc: 'Wrocław',
		Email: 'biuro@example.com',
		Telefon: '71 111 11 11',
		JestOdbiorca: true,
	};

	it('creates, generating an identifier when none is given, and refuses a taken one', async () => {
		expect((await post('kontrahenci.json', FULL)).body.response).toEqual({ Kod: 0, Informacja: 'Dodano kontrahenta', Wynik: 'IFIRMA' });
		expect((await post('kontrahenci.json', { ...FULL, Identyfikator: null })).body.response.Wynik).toBe('IFIRMASA');
		expect((await post('kontrahenci.json', { ...FULL, Identyfikator: null })).body.response.Wynik).toBe('IFIRMASA2');
		expect((await post('kontrahenci.json', FULL)).body.response).toEqual({
			Kod: 201,
			Informacja: 'Identyfikator: kontrahent o identyfikatorze "IFIRMA" już istnieje',
		});
		const invalid = await post('kontrahenci.json', { Nazwa: 'x'.repeat(151), KodKraju: 'P', Email: 'nie-mail', Identyfikator: 'x'.repeat(16) });
		expect(invalid.body.response.Informacja.split('; ').map((problem: string) => problem.split(':')[0])).toEqual([
			'Identyfikator',
			'Nazwa',
			'KodPocztowy',
			'Miejscowosc',
			'KodKraju',
			'Email',
		]);
		expect((await post('kontrahenci.json', { ...FULL, OsobaFizyczna: 'tak' })).body.response.Kod).toBe(200);
	});

	it('searches identifier, name and NIP case-insensitively, at most 20, 208 when nothing matches', async () => {
		sandbox.addContractor(FULL);
		sandbox.addContractor({ Nazwa: 'Kowalski Sp. z o.o.', KodPocztowy: '1', Miejscowosc: 'X', NIP: '5260250274' });
		const byName = await get(`kontrahenci/${encodeURIComponent('ifirma sa')}.json`);
		expect(byName.body.response).toMatchObject({ Kod: 0, Wynik: [{ ...FULL, Nazwa2: null, OsobaFizyczna: false, JestDostawca: false }] });
		expect((await get('kontrahenci/898020.json')).body.response.Wynik.map((c: Json) => c.Identyfikator)).toEqual(['IFIRMA']);
		expect((await get(`kontrahenci/${encodeURIComponent('Sp. z o.o.')}.json`)).body.response.Wynik[0].NIP).toBe('5260250274');
		expect((await get('kontrahenci/nikt.json')).body.response).toEqual({ Kod: 208, Informacja: 'Nie znaleziono kontrahenta' });
		for (let index = 0; index < 25; index += 1) sandbox.addContractor({ Nazwa: `Seria ${index}`, KodPocztowy: '1', Miejscowosc: 'X' });
		expect((await get('kontrahenci/seria.json')).body.response.Wynik).toHaveLength(20);
	});

	it('replaces the whole record on PUT: omitted fields are erased, the identifier stays', async () => {
		sandbox.addContractor(FULL);
		const answer = await put('kontrahenci/IFIRMA.json', { Nazwa: 'IFIRMA S.A.', KodPocztowy: '53-234', Miejscowosc: 'Wrocław' });
		expect(answer.body.response).toEqual({ Kod: 0, Informacja: 'Zaktualizowano kontrahenta', Wynik: 'IFIRMA' });
		expect(sandbox.store.contractors.get('IFIRMA')).toMatchObject({
			Identyfikator: 'IFIRMA',
			Nazwa: 'IFIRMA S.A.',
			NIP: null,
			Email: null,
			Ulica: null,
			JestOdbiorca: false,
		});
		expect((await put('kontrahenci/IFIRMA.json', { ...FULL, Identyfikator: 'INNY' })).body.response.Informacja).toBe(
			'Identyfikator: identyfikatora kontrahenta nie można zmienić',
		);
		expect((await put('kontrahenci/IFIRMA.json', { ...FULL, Identyfikator: 'IFIRMA' })).body.response.Kod).toBe(0);
		expect((await put('kontrahenci/NIEMA.json', FULL)).body.response).toEqual({ Kod: 500, Informacja: 'Nie znaleziono kontrahenta' });
	});

	it('keeps issued documents on the buyer data of their day', async () => {
		sandbox.addContractor(FULL);
		const invoice = sandbox.addDocument('fakturakraj', domestic({ Kontrahent: undefined, IdentyfikatorKontrahenta: 'IFIRMA' }));
		await put('kontrahenci/IFIRMA.json', { Nazwa: 'Nowa nazwa', KodPocztowy: '1', Miejscowosc: 'X' });
		expect((await get(`fakturakraj/${invoice.id}.json`)).body.response.Kontrahent.Nazwa).toBe('IFIRMA SA');
	});
});

describe('account (key abonent)', () => {
	it('counts every authenticated request, the limit query included', async () => {
		await get('faktury.json', { query: { dataOd: TODAY } });
		await get('nieznane.json');
		await get('abonent/limit.json', { hexKey: 'FFFFFFFFFFFFFFFF' });
		expect((await get('abonent/limit.json')).body).toEqual({
			response: { Kod: 0, Informacja: 'Informacja o limitach API', LimitWykorzystany: 3, LimitPrzyznany: 2000 },
		});
	});

	it('refuses requests past the granted limit but still answers the limit query', async () => {
		await start({ limitGranted: 2 });
		expect((await get('faktury.json', { query: { dataOd: TODAY } })).body.response.Kod).toBe(0);
		expect((await get('faktury.json', { query: { dataOd: TODAY } })).body.response.Kod).toBe(0);
		const refused = await get('faktury.json', { query: { dataOd: TODAY } });
		expect(refused.status).toBe(429);
		expect(refused.body.response.Kod).toBe(100);
		expect((await get('abonent/limit.json')).body.response).toMatchObject({ LimitWykorzystany: 3, LimitPrzyznany: 2 });
	});

	it('moves the accounting month one step at a time, and sales follow it', async () => {
		expect((await get('abonent/miesiacksiegowy.json')).body.response).toEqual({
			Kod: 0,
			Informacja: 'Miesiąc księgowy',
			MiesiacKsiegowy: 3,
			RokKsiegowy: 2026,
		});
		const april = domestic({ DataWystawienia: '2026-04-02', DataSprzedazy: '2026-04-01', TerminPlatnosci: null });
		expect((await post('fakturakraj.json', april)).body.response.Kod).toBe(201);
		const next = await put('abonent/miesiacksiegowy.json', { MiesiacKsiegowy: 'NAST', PrzeniesDaneZPoprzedniegoRoku: true });
		expect(next.body.response).toEqual({ Kod: 0, Informacja: 'Zmieniono miesiąc księgowy', MiesiacKsiegowy: 4, RokKsiegowy: 2026 });
		expect((await post('fakturakraj.json', april)).body.response.Kod).toBe(0);
		expect((await post('fakturakraj.json', domestic())).body.response.Kod).toBe(201);
		expect((await put('abonent/miesiacksiegowy.json', { MiesiacKsiegowy: 'TERAZ' })).body.response.Kod).toBe(201);
		expect((await put('abonent/miesiacksiegowy.json', { MiesiacKsiegowy: 'NAST', PrzeniesDaneZPoprzedniegoRoku: 'tak' })).body.response.Kod).toBe(200);
		sandbox.setAccountingMonth(2026, 12);
		expect((await put('abonent/miesiacksiegowy.json', { MiesiacKsiegowy: 'NAST' })).body.response).toMatchObject({ MiesiacKsiegowy: 1, RokKsiegowy: 2027 });
		expect((await put('abonent/miesiacksiegowy.json', { MiesiacKsiegowy: 'POPRZ' })).body.response).toMatchObject({ MiesiacKsiegowy: 12, RokKsiegowy: 2026 });
		expect(() => sandbox.setAccountingMonth(2026, 13)).toThrow();
	});
});
