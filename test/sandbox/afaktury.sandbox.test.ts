import { AfakturyError, DICTIONARY_MODULES, DOCUMENT_MODULES, PRINT_FLAGS, startAfakturySandbox } from './afaktury';
import type { AfakturySandbox, AfakturySandboxOptions } from './afaktury';

/** The account's today in every test: "overdue" depends on it. */
const TODAY = '2026-03-10';
const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36';

/** Response bodies are asserted field by field, as a client would read them. */
type Json = any;

interface Answer {
	status: number;
	headers: Headers;
	bytes: Buffer;
	/** The JSON body, undefined for PDF and HTML. */
	body: Json;
}

let sandbox: AfakturySandbox;

async function restart(options: AfakturySandboxOptions = {}): Promise<void> {
	await sandbox.close();
	sandbox = await startAfakturySandbox({ today: TODAY, ...options });
}

beforeEach(async () => {
	sandbox = await startAfakturySandbox({ today: TODAY });
});

afterEach(() => sandbox.close());

interface CallOptions {
	/** GET: JSON-encoded into `?data=`. Others: sent as the JSON body. A string is sent as is. */
	data?: unknown;
	/** Replaces the default credential headers (the token). */
	auth?: Record<string, string>;
	/** null sends no User-Agent at all. */
	userAgent?: string | null;
	/** Extra query parameters, for requests that put things where they do not belong. */
	query?: Record<string, string>;
	/** A body on a GET, which fetch cannot send; so this is only for the other verbs' raw bodies. */
	contentType?: string;
}

/** `path` is below /api/, e.g. `invoice/list`. */
async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
	const encoded = options.data === undefined ? undefined : typeof options.data === 'string' ? options.data : JSON.stringify(options.data);
	const query = new URLSearchParams(options.query ?? {});
	if (method === 'GET' && encoded !== undefined) query.set('data', encoded);
	const search = query.toString();
	const headers: Record<string, string> = { Accept: 'application/json', ...(options.auth ?? { afakturyToken: sandbox.token }) };
	if (options.userAgent !== null) headers['User-Agent'] = options.userAgent ?? BROWSER;
	if (method !== 'GET') headers['Content-Type'] = options.contentType ?? 'application/json';
	const response = await fetch(`${sandbox.baseUrl}/api/${path}${search ? `?${search}` : ''}`, {
		method,
		headers,
		body: method === 'GET' ? undefined : (encoded ?? ''),
	});
	const bytes = Buffer.from(await response.arrayBuffer());
	const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
	return { status: response.status, headers: response.headers, bytes, body: isJson ? JSON.parse(bytes.toString('utf8')) : undefined };
}

const get = (path: string, data?: unknown, options: CallOptions = {}) => call('GET', path, { ...options, data });
const post = (path: string, data: unknown, options: CallOptions = {}) => call('POST', path, { ...options, data });
const put = (path: string, data: unknown, options: CallOptions = {}) => call('PUT', path, { ...options, data });
const del = (path: string, data: unknown, options: CallOptions = {}) => call('DELETE', path, { ...options, data });

function party(name: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
	return { name, address: 'ul. Prosta 1, 00-001 Warszawa', nipKind: 0, nip: '5260250274', isVATPayer: 1, ...extra };
}

/** A complete invoice: one line of 2 × 100.00 net at VAT id 1 (23 %). */
function invoice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		dateCreate: TODAY,
		dateSell: TODAY,
		number: '1/03/2026',
		language: 'pl',
		data: 1,
		currency: 1,
		payKind: 1,
		payTime: 2,
		personBuy: party('Nabywca Sp. z o.o.'),
		personSell: party('Sandbox Sp. z o.o.'),
		products: [{ name: 'Usługa programistyczna', amount: 2, netto: 100, vat: 1, unit: 3 }],
		...overrides,
	};
}

function expectRefused(answer: Answer, ...fragments: string[]): void {
	expect(answer.status).toBe(200);
	expect(answer.body).toEqual({ result: false, errors: expect.any(Array), messages: [] });
	expect(answer.body.errors.length).toBeGreaterThan(0);
	for (const fragment of fragments) expect(answer.body.errors.join('\n')).toContain(fragment);
}

describe('Cloudflare in front', () => {
	it('challenges a request without a User-Agent with a 403 HTML "Just a moment..." page', async () => {
		const answer = await get('invoice/list', {}, { userAgent: null });
		expect(answer.status).toBe(403);
		expect(answer.headers.get('content-type')).toContain('text/html');
		expect(answer.headers.get('server')).toBe('cloudflare');
		expect(answer.headers.get('cf-ray')).toMatch(/^[0-9a-f]{16}-WAW$/);
		expect(answer.bytes.toString('utf8')).toContain('Just a moment...');
	});

	it('challenges a User-Agent that is not browser-like, even with valid credentials', async () => {
		const answer = await get('invoice/list', {}, { userAgent: 'axios/1.7.2' });
		expect(answer.status).toBe(403);
		expect(answer.bytes.toString('utf8')).toContain('challenge-platform');
	});

	it('lets a browser-like User-Agent through', async () => {
		const answer = await get('invoice/list', {});
		expect(answer.status).toBe(200);
		expect(answer.body.result).toBe(true);
	});

	it('challenges a burst over the configured limit, and lets requests through again after the window', async () => {
		await restart({ burst: { requests: 3, perMs: 1000 } });
		const statuses: number[] = [];
		for (let index = 0; index < 5; index++) statuses.push((await get('vat/list')).status);
		expect(statuses).toEqual([200, 200, 200, 403, 403]);
		await new Promise((resolve) => setTimeout(resolve, 1050));
		expect((await get('vat/list')).status).toBe(200);
	});

	it('has no burst limit unless started with one', async () => {
		const statuses = await Promise.all(Array.from({ length: 20 }, () => get('vat/list').then((answer) => answer.status)));
		expect(new Set(statuses)).toEqual(new Set([200]));
	});

	it('refuses burst options that make no sense', async () => {
		await expect(startAfakturySandbox({ burst: { requests: 0, perMs: 100 } })).rejects.toThrow('burst');
		await expect(startAfakturySandbox({ today: '2026-02-30' })).rejects.toThrow('today');
	});
});

describe('authentication by headers only', () => {
	it('gives the account a 40-character token, an 11-digit id and a key', () => {
		expect(sandbox.token).toMatch(/^[0-9a-f]{40}$/);
		expect(sandbox.accountId).toMatch(/^\d{11}$/);
		expect(sandbox.key).not.toBe('');
	});

	it('accepts the afakturyToken header', async () => {
		expect((await get('vat/list', {}, { auth: { afakturyToken: sandbox.token } })).body.result).toBe(true);
	});

	it('accepts afakturyId with afakturyKey', async () => {
		const answer = await get('vat/list', {}, { auth: { afakturyId: sandbox.accountId, afakturyKey: sandbox.key } });
		expect(answer.body.result).toBe(true);
	});

	it.each([
		['no credentials', {}],
		['a wrong token', { afakturyToken: 'x'.repeat(40) }],
		['the id without the key', { afakturyId: '' }],
		['the key without the id', { afakturyKey: '' }],
		['a wrong key', { afakturyId: '', afakturyKey: 'wrong' }],
	])('answers HTTP 200 "Invalid authentication" to %s', async (_case, headers) => {
		const auth = Object.fromEntries(
			Object.entries(headers).map(([name, value]) => [
				name,
				value === '' ? (name === 'afakturyId' ? sandbox.accountId : sandbox.key) : value,
			]),
		);
		const answer = await get('vat/list', {}, { auth });
		expect(answer.status).toBe(200);
		expect(answer.body).toEqual({ result: false, errors: ['Invalid authentication'], messages: [] });
	});

	it('does not take credentials from the query or the body', async () => {
		const inQuery = await call('GET', 'vat/list', { auth: {}, query: { afakturyToken: sandbox.token } });
		expect(inQuery.body.errors).toEqual(['Invalid authentication']);
		const inData = await get('vat/list', { afakturyToken: sandbox.token }, { auth: {} });
		expect(inData.body.errors).toEqual(['Invalid authentication']);
		const inBody = await post('invoice', invoice({ afakturyToken: sandbox.token }), { auth: {} });
		expect(inBody.body.errors).toEqual(['Invalid authentication']);
		expect(sandbox.documents.invoice.size).toBe(0);
	});

	it('checks credentials before the path, so an unauthenticated caller learns nothing about routes', async () => {
		const answer = await get('nosuchmodule/list', {}, { auth: {} });
		expect(answer.body.errors).toEqual(['Invalid authentication']);
	});
});

describe('where parameters travel', () => {
	it('reads a GET from the JSON in ?data=', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await get('invoice', { hash: created.hash });
		expect(answer.body.result).toBe(true);
		expect(answer.body.return[0].hash).toBe(created.hash);
	});

	it('ignores a GET hash sent as a plain query parameter instead of inside data', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await call('GET', 'invoice', { query: { hash: created.hash } });
		expectRefused(answer, 'hash: This field cannot be empty');
	});

	it('refuses malformed JSON in ?data= and in a body with result:false', async () => {
		expectRefused(await get('invoice/list', '{"page": 1,'), 'not valid JSON');
		expectRefused(await post('invoice', '{"number": '), 'not valid JSON');
		expectRefused(await post('invoice', '[1, 2]'), 'must be a JSON object');
	});

	it('refuses a POST without a body, even with the fields in ?data=', async () => {
		const answer = await call('POST', 'invoice', { query: { data: JSON.stringify(invoice()) } });
		expectRefused(answer, 'the request body is empty');
	});

	it('refuses a form-encoded body: it is not JSON', async () => {
		const answer = await post('invoice', 'number=1%2F2026&language=pl', { contentType: 'application/x-www-form-urlencoded' });
		expectRefused(answer, 'not valid JSON');
	});

	it('answers an unknown module, action or method with result:false on HTTP 200', async () => {
		expectRefused(await get('client/list'), 'Unknown action');
		expectRefused(await get('invoice/nosuch'), 'Unknown action');
		expectRefused(await post('invoice/list', {}), 'Unknown action');
		expectRefused(await call('GET', '../invoice/list'), 'Unknown action');
	});
});

describe('create (POST /api/<module>)', () => {
	it('answers the created record with its hash and id, money as strings and keys as {id}', async () => {
		const answer = await post('invoice', invoice({ delivery: 2, client: 7 }));
		expect(answer.status).toBe(200);
		expect(answer.body).toMatchObject({ result: true, errors: [], messages: ['Object added'] });
		const [record] = answer.body.return;
		expect(record.hash).toMatch(/^[a-z0-9]{10}$/);
		expect(record.id).toBe(1);
		expect(record).toMatchObject({
			number: '1/03/2026',
			dateCreate: TODAY,
			language: 'pl',
			data: { id: 1 },
			currency: { id: 1 },
			payKind: { id: 1 },
			payTime: { id: 2 },
			delivery: { id: 2 },
			client: { id: 7 },
			status: { id: null },
			netto: '200.00',
			vat: '46.00',
			brutto: '246.00',
			payed: '0.00',
			toPay: '246.00',
			personBuy: { name: 'Nabywca Sp. z o.o.', nip: '5260250274', isVATPayer: 1 },
			personSell: { name: 'Sandbox Sp. z o.o.' },
		});
		expect(record.products).toEqual([
			expect.objectContaining({
				name: 'Usługa programistyczna',
				amount: '2.00000',
				netto: '100.00',
				brutto: '123.00',
				vat: { id: 1 },
				unit: { id: 3 },
				product: { id: null },
			}),
		]);
		expect(sandbox.documents.invoice.get(record.hash)?.id).toBe(1);
	});

	it('numbers each module on its own and gives every document a distinct hash', async () => {
		const first = (await post('invoice', invoice())).body.return[0];
		const second = (await post('invoice', invoice({ number: '2/03/2026' }))).body.return[0];
		const proforma = (await post('proforma', invoice())).body.return[0];
		expect([first.id, second.id, proforma.id]).toEqual([1, 2, 1]);
		expect(new Set([first.hash, second.hash]).size).toBe(2);
	});

	it.each(['dateCreate', 'number', 'language', 'data', 'personBuy', 'personSell', 'currency', 'payKind', 'payTime', 'products'])(
		'refuses a document without %s, naming the field',
		async (field) => {
			const body = invoice();
			delete body[field];
			expectRefused(await post('invoice', body), `${field}: This field cannot be empty`);
			expect(sandbox.documents.invoice.size).toBe(0);
		},
	);

	it('names every missing field at once', async () => {
		const answer = await post('invoice', {});
		expect(answer.body.errors).toHaveLength(10);
	});

	it('refuses an empty products array and a line without name, amount, price, vat or unit', async () => {
		expectRefused(await post('invoice', invoice({ products: [] })), 'products: This field cannot be empty');
		const answer = await post('invoice', invoice({ products: [{}] }));
		expectRefused(
			answer,
			'products.0.name: This field cannot be empty',
			'products.0.amount: This field cannot be empty',
			'products.0.netto: This field cannot be empty',
			'products.0.vat: This field cannot be empty',
			'products.0.unit: This field cannot be empty',
		);
	});

	it.each([
		['vat', { products: [{ name: 'X', amount: 1, netto: 10, vat: 23, unit: 1 }] }, 'products.0.vat: unknown vat id 23'],
		['unit', { products: [{ name: 'X', amount: 1, netto: 10, vat: 1, unit: 'szt.' }] }, 'products.0.unit: unknown unit id "szt."'],
		['currency', { currency: 'PLN' }, 'currency: unknown currency id "PLN"'],
		['payKind', { payKind: 9 }, 'payKind: unknown payKind id 9'],
		['payTime', { payTime: 14 }, 'payTime: unknown payTime id 14'],
		['data', { data: 2 }, 'data: unknown data id 2'],
		['delivery', { delivery: 3 }, 'delivery: unknown delivery id 3'],
	])('refuses an id that is not in the account’s %s dictionary', async (_name, overrides, message) => {
		expectRefused(await post('invoice', invoice(overrides)), message);
	});

	it('takes ids sent as digit strings, as PHP casts them', async () => {
		const answer = await post('invoice', invoice({ currency: '2', products: [{ name: 'X', amount: '1', netto: '10.50', vat: '2', unit: '1' }] }));
		expect(answer.body.return[0]).toMatchObject({ currency: { id: 2 }, netto: '10.50', vat: '0.84', brutto: '11.34' });
	});

	it('derives the net price from a gross-only line', async () => {
		const answer = await post('invoice', invoice({ products: [{ name: 'X', amount: 1, brutto: 123, vat: 1, unit: 1 }] }));
		expect(answer.body.return[0]).toMatchObject({ netto: '100.00', vat: '23.00', brutto: '123.00' });
		expect(answer.body.return[0].products[0]).toMatchObject({ netto: '100.00', brutto: '123.00' });
	});

	it('charges no tax on an exempt (zw) line', async () => {
		const answer = await post('invoice', invoice({ products: [{ name: 'X', amount: 3, netto: 10, vat: 5, unit: 2 }] }));
		expect(answer.body.return[0]).toMatchObject({ netto: '30.00', vat: '0.00', brutto: '30.00' });
	});

	it('refuses negative quantities on an invoice but takes them on a correction', async () => {
		const line = { name: 'Zwrot', amount: -1, netto: 100, vat: 1, unit: 1 };
		expectRefused(await post('invoice', invoice({ products: [line] })), 'products.0.amount: must be a positive number');
		const correction = await post('corrective', invoice({ products: [line] }));
		expect(correction.body.return[0]).toMatchObject({ netto: '-100.00', brutto: '-123.00' });
		expect(correction.body.return[0].products[0].amount).toBe('-1.00000');
	});

	it('refuses unknown field names, at the top, in a party and in a line', async () => {
		const answer = await post(
			'invoice',
			invoice({
				buyer: { name: 'X' },
				personBuy: party('B', { email: 'b@example.com' }),
				products: [{ name: 'X', amount: 1, netto: 1, vat: 1, unit: 1, price: 1 }],
			}),
		);
		expectRefused(answer, 'buyer: unknown field', 'personBuy.email: unknown field', 'products.0.price: unknown field');
	});

	it('refuses a party without a name, bad dates, overlong texts and bad flags', async () => {
		const answer = await post(
			'invoice',
			invoice({
				personSell: { nip: '1' },
				dateCreate: '2026-02-30',
				number: 'N'.repeat(64),
				language: 'polski-pl',
				personBuy: party('B', { isVATPayer: 2 }),
			}),
		);
		expectRefused(
			answer,
			'personSell.name: This field cannot be empty',
			'dateCreate: must be a YYYY-MM-DD date',
			'number: at most 63 characters',
			'language: at most 7 characters',
			'personBuy.isVATPayer: must be 0 or 1',
		);
	});

	it('keeps every party field of the page’s samples, bank accounts included', async () => {
		const full = party('Buyer', {
			alternativeHeader: 0,
			phone: '012-1234567',
			fax: '012-1234567',
			mail: 'address@mail.com',
			www: 'http://address.com',
			krs: '1234567890',
			regon: '1234567890',
			bankAccountFirstNumber: '01 2345 6789 0123 4567 8901 2345',
			bankAccountFirstName: 'National Bank',
			bankAccountFirstBic: 'BIC',
			bankAccountFirstDescription: 'Main account',
			bankAccountThirdNumber: '01 2345 6789 0123 4567 8901 2345',
			idcardNo: 'AAA123456',
			idcardDate: '2018-01-01',
			idcardAuth: 'Goverment',
			pesel: '12345678901',
		});
		const answer = await post('invoice', invoice({ personBuy: full, personPay: party('Payer'), personBranch: party('Branch') }));
		expect(answer.body.return[0].personBuy).toEqual(full);
		expect(answer.body.return[0].personPay.name).toBe('Payer');
		expect(answer.body.return[0].personBranch.name).toBe('Branch');
	});

	it('ignores the computed totals a client sends, and refuses a hash', async () => {
		const answer = await post('invoice', invoice({ netto: 1, brutto: 1, toPay: 0 }));
		expect(answer.body.return[0]).toMatchObject({ netto: '200.00', brutto: '246.00', toPay: '246.00' });
		expectRefused(await post('invoice', invoice({ hash: 'abcdefghij' })), 'hash: is given by the service on create');
	});

	it('accepts every field of the RR page’s create sample, once its ids are the account’s', async () => {
		sandbox.addProduct({ name: 'Product 1' });
		sandbox.addProduct({ name: 'Product 2' });
		const sample = {
			dateCreate: '2018-01-01',
			dateSell: '2018-01-01',
			dateEnd: '2018-01-01',
			number: '1/01/2018',
			place: 'Warsaw',
			noOrder: '1/01/2018',
			language: 'pl',
			payKind: 1,
			payTime: 1,
			delivery: 1,
			currency: 1,
			payed: 100,
			personBuy: party('Buyer', { alternativeHeader: 0, idcardNo: 'AAA123456', idcardDate: '2018-01-01', idcardAuth: 'Goverment' }),
			personSell: party('Seller'),
			personBranch: party('Branch'),
			personPay: party('Payer'),
			products: [
				{ name: 'Product 1', pkwiu: 'PKWIU', amount: 10, netto: 100, brutto: 123, rebate: 10, isCountable: 0, JPKColumn: 0, vat: 1, unit: 1, isInvoice: 0, product: 1 },
				{ name: 'Product 2', pkwiu: 'PKWIU', amount: 10, netto: 100, brutto: 100, rebate: 0, isCountable: 0, JPKColumn: 0, vat: 5, unit: 1, isInvoice: 0, product: 2 },
			],
			personPut: 'Issuing',
			personGet: 'Receiving',
			annotation: 'annotation',
			info: 'info',
			footer: 'footer',
			footerIconPath1: 'file/footer/icon1.jpg',
			footerIconPath2: 'file/footer/icon1.jpg',
			footerIconPath3: 'file/footer/icon1.jpg',
			documentHeader: 'document header',
			documentFooter: 'document footer',
			documentInfo: 'document info',
			logoPath: 'file/account/logo.jpg',
			signPath: 'file/account/sign.jpg',
			client: 1,
			data: 1,
			postscript: 1,
			status: 1,
			exchangeCurrency: 2,
			exchangeRate: 4.1709,
			exchangeMulti: 1,
			exchangeDate: '2017-12-29',
			exchangeNumber: '251/A/NBP/2017',
		};
		const answer = await post('invoice', sample);
		expect(answer.body.result).toBe(true);
		expect(answer.body.return[0]).toMatchObject({
			netto: '2000.00',
			vat: '230.00',
			brutto: '2230.00',
			payed: '100.00',
			toPay: '2130.00',
			exchangeCurrency: { id: 2 },
			exchangeRate: '4.1709',
			postscript: { id: 1 },
		});
		expect(answer.body.return[0].products[0]).toMatchObject({ rebate: '10.00', pkwiu: 'PKWIU', product: { id: 1 } });
	});

	it('takes an initial payed amount, as the page’s sample sends', async () => {
		const answer = await post('invoice', invoice({ payed: 100 }));
		expect(answer.body.return[0]).toMatchObject({ payed: '100.00', toPay: '146.00' });
	});

	it('links a line to a catalogue product and refuses an unknown one', async () => {
		const product = sandbox.addProduct({ name: 'Kabel HDMI', netto: '19.99', ean: '5901234123457' });
		const answer = await post('invoice', invoice({ products: [{ name: 'Kabel', amount: 1, netto: 19.99, vat: 1, unit: 1, product: product.id }] }));
		expect(answer.body.return[0].products[0].product).toEqual({ id: product.id });
		expectRefused(
			await post('invoice', invoice({ products: [{ name: 'X', amount: 1, netto: 1, vat: 1, unit: 1, product: 99 }] })),
			'products.0.product: unknown product id 99',
		);
	});

	it.each(DOCUMENT_MODULES)('creates and reads a %s document the same way', async (module) => {
		const created = (await post(module, invoice())).body.return[0];
		const read = await get(module, { hash: created.hash });
		expect(read.body.return).toHaveLength(1);
		expect(read.body.return[0].brutto).toBe('246.00');
	});
});

describe('get, update, delete', () => {
	it('answers a single get as a one-element array', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await get('invoice', { hash: created.hash });
		expect(answer.body).toMatchObject({ result: true, errors: [], messages: ['Objects read'] });
		expect(answer.body.return).toHaveLength(1);
	});

	it('refuses an unknown hash, and a hash of another module', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		expectRefused(await get('invoice', { hash: 'zzzzzzzzzz' }), 'Object not found');
		expectRefused(await get('proforma', { hash: created.hash }), 'Object not found');
	});

	it('updates the fields sent, keeps the rest, and checks the result again whole', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await put('invoice', { hash: created.hash, number: '9/03/2026', products: [{ name: 'Nowa', amount: 1, netto: 50, vat: 2, unit: 1 }] });
		expect(answer.body).toMatchObject({ result: true, messages: ['Object updated'] });
		expect(answer.body.return[0]).toMatchObject({ hash: created.hash, id: created.id, number: '9/03/2026', language: 'pl', netto: '50.00', brutto: '54.00' });
		expect(answer.body.return[0].editDates).toHaveLength(1);
		expectRefused(await put('invoice', { hash: created.hash, currency: 5 }), 'currency: unknown currency id 5');
		expectRefused(await put('invoice', { hash: created.hash, number: '' }), 'number: This field cannot be empty');
		expect((await get('invoice', { hash: created.hash })).body.return[0].number).toBe('9/03/2026');
	});

	it('keeps registered payments through an update', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		await put('invoice/pay', { hash: created.hash, cash: 46, date: `${TODAY} 12:00:00` });
		const answer = await put('invoice', { hash: created.hash, place: 'Kraków' });
		expect(answer.body.return[0]).toMatchObject({ place: 'Kraków', payed: '46.00', toPay: '200.00' });
	});

	it('refuses an update without a hash or with an unknown one', async () => {
		expectRefused(await put('invoice', { number: 'X' }), 'hash: This field cannot be empty');
		expectRefused(await put('invoice', { hash: 'zzzzzzzzzz', number: 'X' }), 'Object not found');
	});

	it('deletes by the hash in the JSON body', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await del('invoice', { hash: created.hash });
		expect(answer.body).toEqual({ result: true, errors: [], messages: ['Object deleted'], return: [] });
		expect(sandbox.documents.invoice.has(created.hash)).toBe(false);
		expectRefused(await del('invoice', { hash: created.hash }), 'Object not found');
	});

	it('does not delete by a hash sent in the query', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		expectRefused(await call('DELETE', 'invoice', { query: { data: JSON.stringify({ hash: created.hash }) } }));
		expect(sandbox.documents.invoice.has(created.hash)).toBe(true);
	});
});

describe('list (GET /api/<module>/list)', () => {
	function seed(count: number): void {
		for (let index = 1; index <= count; index++) {
			sandbox.addDocument('invoice', invoice({ number: `${index}/03/2026` }));
		}
	}

	it('pages with page and count and reports the total pages', async () => {
		seed(5);
		const first = await get('invoice/list', { page: 1, count: 2 });
		expect(first.body).toMatchObject({ result: true, pages: 3, messages: ['Objects read'] });
		expect(first.body.return.map((row: Json) => row.number)).toEqual(['1/03/2026', '2/03/2026']);
		const last = await get('invoice/list', { page: 3, count: 2 });
		expect(last.body.return.map((row: Json) => row.number)).toEqual(['5/03/2026']);
		const past = await get('invoice/list', { page: 4, count: 2 });
		expect(past.body).toMatchObject({ result: true, return: [], pages: 3 });
	});

	it('answers an empty module with pages 1 and yearmin 1970', async () => {
		const answer = await get('invoice/list');
		expect(answer.body).toMatchObject({ result: true, return: [], pages: 1, additional: { yearmin: '1970', yearmax: '1970' } });
	});

	it('defaults to 25 rows and refuses more than 100 or a page below 1', async () => {
		seed(26);
		expect((await get('invoice/list')).body.return).toHaveLength(25);
		expectRefused(await get('invoice/list', { count: 101 }), 'count: at most 100');
		expectRefused(await get('invoice/list', { page: 0 }), 'page: must be a whole number of at least 1');
	});

	it('carries the lines of each row', async () => {
		seed(1);
		const [row] = (await get('invoice/list')).body.return;
		expect(row.products[0]).toMatchObject({ name: 'Usługa programistyczna', amount: '2.00000' });
	});

	it('filters by phrase, letter and product', async () => {
		sandbox.addDocument('invoice', invoice({ number: 'A/1', personBuy: party('Alfa SA') }));
		sandbox.addDocument('invoice', invoice({ number: 'B/1', personBuy: party('Beta SA'), products: [{ name: 'Kabel', amount: 1, netto: 1, vat: 1, unit: 1 }] }));
		const numbers = async (data: Json) => (await get('invoice/list', data)).body.return.map((row: Json) => row.number);
		expect(await numbers({ phrase: 'beta' })).toEqual(['B/1']);
		expect(await numbers({ phrase: 'A/1' })).toEqual(['A/1']);
		expect(await numbers({ letter: 'a' })).toEqual(['A/1']);
		expect(await numbers({ product: 'kab' })).toEqual(['B/1']);
	});

	it('filters by dateBegin/dateEnd and by year/month, never both', async () => {
		sandbox.addDocument('invoice', invoice({ number: 'JAN', dateCreate: '2026-01-15' }));
		sandbox.addDocument('invoice', invoice({ number: 'MAR', dateCreate: '2026-03-01' }));
		sandbox.addDocument('invoice', invoice({ number: 'OLD', dateCreate: '2025-12-31' }));
		const numbers = async (data: Json) => (await get('invoice/list', data)).body.return.map((row: Json) => row.number);
		expect(await numbers({ dateBegin: '2026-01-01', dateEnd: '2026-01-31' })).toEqual(['JAN']);
		expect(await numbers({ year: 2026, month: 3 })).toEqual(['MAR']);
		expect(await numbers({ year: 2025 })).toEqual(['OLD']);
		expectRefused(await get('invoice/list', { dateBegin: '2026-01-01', year: 2026 }), 'not to be combined');
		expectRefused(await get('invoice/list', { month: 3 }), 'month: needs year');
		expectRefused(await get('invoice/list', { dateBegin: '01.01.2026' }), 'dateBegin: must be a YYYY-MM-DD date');
		const answer = await get('invoice/list');
		expect(answer.body.additional).toEqual({ yearmin: '2025', yearmax: '2026' });
	});

	it('filters by payedKind: all, paid, unpaid, overdue', async () => {
		const paid = sandbox.addDocument('invoice', invoice({ number: 'PAID', payed: 246 }));
		sandbox.addDocument('invoice', invoice({ number: 'OPEN' }));
		sandbox.addDocument('invoice', invoice({ number: 'LATE', dateCreate: '2026-01-02', payTime: 1 }));
		expect(paid.payed).toBe(24600n);
		const numbers = async (payedKind: number) =>
			(await get('invoice/list', { payedKind })).body.return.map((row: Json) => row.number).sort();
		expect(await numbers(0)).toEqual(['LATE', 'OPEN', 'PAID']);
		expect(await numbers(1)).toEqual(['PAID']);
		expect(await numbers(2)).toEqual(['LATE', 'OPEN']);
		expect(await numbers(3)).toEqual(['LATE']);
		expectRefused(await get('invoice/list', { payedKind: 4 }), 'payedKind: must be one of 0, 1, 2, 3');
	});

	it('filters by client, payKind, currency, data and user ids', async () => {
		sandbox.addDocument('invoice', invoice({ number: 'EUR', currency: 2, client: 4, payKind: 2 }));
		sandbox.addDocument('invoice', invoice({ number: 'PLN' }));
		const numbers = async (data: Json) => (await get('invoice/list', data)).body.return.map((row: Json) => row.number);
		expect(await numbers({ currency: 2 })).toEqual(['EUR']);
		expect(await numbers({ client: 4 })).toEqual(['EUR']);
		expect(await numbers({ payKind: 1 })).toEqual(['PLN']);
		expect(await numbers({ data: 1 })).toEqual(['EUR', 'PLN']);
		expect(await numbers({ user: 1 })).toEqual(['EUR', 'PLN']);
		expect(await numbers({ user: 2 })).toEqual([]);
	});

	it('sorts by sortItem in sortDir and refuses other directions', async () => {
		sandbox.addDocument('invoice', invoice({ number: 'B', dateCreate: '2026-01-01' }));
		sandbox.addDocument('invoice', invoice({ number: 'A', dateCreate: '2026-02-01' }));
		const numbers = async (data: Json) => (await get('invoice/list', data)).body.return.map((row: Json) => row.number);
		expect(await numbers({ sortItem: 0, sortDir: 'd' })).toEqual(['A', 'B']);
		expect(await numbers({ sortItem: 1, sortDir: 'a' })).toEqual(['A', 'B']);
		expectRefused(await get('invoice/list', { sortDir: 'desc' }), 'sortDir: must be a or d');
	});

	it('refuses filters the page does not list', async () => {
		expectRefused(await get('invoice/list', { limit: 10 }), 'limit: unknown field');
	});
});

describe('PDF (GET /api/<module>/pdf)', () => {
	it('answers the PDF bytes with application/pdf', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await get('invoice/pdf', { hash: created.hash, kind: 3, tpl: 'pro', lang: 'en', configPrint: { showPrice: 0 } });
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('application/pdf');
		expect(answer.headers.get('content-disposition')).toBe('attachment; filename="1_03_2026.pdf"');
		const text = answer.bytes.toString('latin1');
		expect(text.startsWith('%PDF-1.4')).toBe(true);
		expect(text).toContain('DUPLIKAT');
		expect(text).toContain('Brutto: 246.00');
	});

	it('refuses in the JSON envelope: unknown hash, bad kind, tpl, lang or configPrint flag', async () => {
		expectRefused(await get('invoice/pdf', { hash: 'zzzzzzzzzz' }), 'Object not found');
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await get('invoice/pdf', { hash: created.hash, kind: 4, tpl: 'fancy', lang: 'pol', configPrint: { showPrice: 2, showLogo: 1 } });
		expectRefused(
			answer,
			'kind: must be one of 1, 2, 3',
			'tpl: must be one of std, pro',
			'lang: at most 2 characters',
			'configPrint.showPrice: must be 0 or 1',
			'configPrint.showLogo: unknown field',
		);
	});

	it('knows the page’s fifteen configPrint flags', () => {
		expect(PRINT_FLAGS).toHaveLength(15);
	});
});

describe('payments', () => {
	it('adds a payment: payed grows, toPay shrinks, payDates records it', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await put('invoice/pay', { hash: created.hash, cash: 100.5, date: '2026-03-09 12:00:00' });
		expect(answer.body).toMatchObject({ result: true, messages: ['Action performed successfully'] });
		expect(answer.body.return[0]).toMatchObject({ payed: '100.50', toPay: '145.50', payDates: [{ cash: '100.50', date: '2026-03-09 12:00:00' }] });
		const second = await put('invoice/pay', { hash: created.hash, cash: '145.50', date: '2026-03-10 08:30:00' });
		expect(second.body.return[0]).toMatchObject({ payed: '246.00', toPay: '0.00' });
		expect((await get('invoice/list', { payedKind: 1 })).body.return).toHaveLength(1);
	});

	it('refuses a payment without cash, with cash ≤ 0 or with a date not in YYYY-MM-DD HH:MM:SS', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		expectRefused(await put('invoice/pay', { hash: created.hash }), 'cash: This field cannot be empty', 'date: This field cannot be empty');
		expectRefused(await put('invoice/pay', { hash: created.hash, cash: 0, date: '2026-03-09 12:00:00' }), 'cash: must be above zero');
		expectRefused(await put('invoice/pay', { hash: created.hash, cash: 1, date: '2026-03-09' }), 'date: must be YYYY-MM-DD HH:MM:SS');
		expectRefused(await put('invoice/pay', { hash: created.hash, cash: 1, date: '2026-03-09T12:00:00Z' }), 'date: must be YYYY-MM-DD HH:MM:SS');
		expect(sandbox.documents.invoice.get(created.hash)?.payed).toBe(0n);
	});

	it('payzero resets payed and toPay', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		await put('invoice/pay', { hash: created.hash, cash: 10, date: '2026-03-09 12:00:00' });
		const answer = await put('invoice/payzero', { hash: created.hash });
		expect(answer.body.return[0]).toMatchObject({ payed: '0.00', toPay: '246.00', payDates: [] });
		expectRefused(await put('invoice/payzero', { hash: 'zzzzzzzzzz' }), 'Object not found');
	});

	it('answers pay only to PUT', async () => {
		expectRefused(await get('invoice/pay', { hash: 'x', cash: 1 }), 'Unknown action');
	});
});

describe('e-mail actions', () => {
	it('sendmail records the e-mail and the send date', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await put('invoice/sendmail', {
			hash: created.hash,
			title: 'Faktura 1/03/2026',
			body: 'W załączeniu faktura.',
			mail: 'klient@example.com',
			kind: 2,
			lang: 'pl',
			sendToMe: 1,
			configPrint: { visibleSign: 0 },
		});
		expect(answer.body).toEqual({ result: true, errors: [], messages: ['Action performed successfully'], return: [] });
		expect(sandbox.emails).toEqual([
			expect.objectContaining({ module: 'invoice', action: 'sendmail', hashes: [created.hash], mail: 'klient@example.com', kind: 2, sendToMe: 1 }),
		]);
		expect(sandbox.emails[0]?.configPrint?.visibleSign).toBe(0);
		expect((await get('invoice', { hash: created.hash })).body.return[0].sendMailDates).toHaveLength(1);
	});

	it('sendreminder takes sendDocument and the reminder kinds', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		const answer = await put('invoice/sendreminder', { hash: created.hash, mail: 'klient@example.com', kind: 2, sendDocument: 1 });
		expect(answer.body.result).toBe(true);
		expect(sandbox.emails[0]).toMatchObject({ action: 'sendreminder', kind: 2, sendDocument: 1 });
		expectRefused(await put('invoice/sendmail', { hash: created.hash, mail: 'klient@example.com', sendDocument: 1 }), 'sendDocument: unknown field');
	});

	it('sendtoaccountant sends several documents by their hashes', async () => {
		const one = sandbox.addDocument('invoice', invoice());
		const two = sandbox.addDocument('invoice', invoice({ number: '2/03/2026' }));
		const answer = await put('invoice/sendtoaccountant', { ids: [one.hash, two.hash], mail: 'ksiegowa@example.com', title: 'Marzec' });
		expect(answer.body.result).toBe(true);
		expect(sandbox.emails[0]).toMatchObject({ action: 'sendtoaccountant', hashes: [one.hash, two.hash], mail: 'ksiegowa@example.com' });
		expectRefused(await put('invoice/sendtoaccountant', { ids: [one.hash, 'zzzzzzzzzz'], mail: 'k@example.com' }), 'Object not found');
		expectRefused(await put('invoice/sendtoaccountant', { ids: [], mail: 'k@example.com' }), 'ids: This field cannot be empty');
		expectRefused(await put('invoice/sendtoaccountant', { ids: [1, 2], mail: 'k@example.com' }), 'ids: must be an array of hashes');
		expect(sandbox.emails).toHaveLength(1);
	});

	it('refuses a missing or malformed address, a bad kind and an unknown hash, and sends nothing', async () => {
		const created = sandbox.addDocument('invoice', invoice());
		expectRefused(await put('invoice/sendmail', { hash: created.hash }), 'mail: This field cannot be empty');
		expectRefused(await put('invoice/sendmail', { hash: created.hash, mail: 'not-an-address' }), 'mail: must be an e-mail address');
		expectRefused(await put('invoice/sendmail', { hash: created.hash, mail: 'a@example.com', kind: 5 }), 'kind: must be one of 1, 2, 3');
		expectRefused(await put('invoice/sendmail', { hash: 'zzzzzzzzzz', mail: 'a@example.com' }), 'Object not found');
		expect(sandbox.emails).toEqual([]);
	});
});

describe('dictionaries and the product catalogue', () => {
	it.each(DICTIONARY_MODULES)('lists the account’s %s entries as {id, name…}', async (module) => {
		const answer = await get(`${module}/list`);
		expect(answer.body).toMatchObject({ result: true, pages: 1 });
		expect(answer.body.return.length).toBeGreaterThan(0);
		for (const entry of answer.body.return) expect(entry).toMatchObject({ id: expect.any(Number), name: expect.any(String) });
	});

	it('gives VAT rates ids that are not the rates themselves', async () => {
		const { body } = await get('vat/list');
		expect(body.return.map((entry: Json) => entry.value)).toEqual(['23', '8', '5', '0', 'zw']);
		for (const entry of body.return) expect(String(entry.id)).not.toBe(entry.value);
	});

	it('describes currencies, payment terms, units and the seller data set', async () => {
		expect((await get('currency/list')).body.return.map((entry: Json) => entry.name)).toEqual(['PLN', 'EUR']);
		expect((await get('payTime/list')).body.return.map((entry: Json) => entry.days)).toEqual([7, 14, 30]);
		expect((await get('unit/list')).body.return.map((entry: Json) => entry.name)).toEqual(['szt.', 'godz.', 'usł.']);
		expect((await get('data/list')).body.return).toEqual([{ id: 1, name: 'Sandbox Sp. z o.o.', nip: '5260250274' }]);
		expect((await get('payKind/list')).body.return).toHaveLength(3);
	});

	it('lists dictionaries only: no get, create or lower-case module names', async () => {
		expectRefused(await get('vat', { id: 1 }), 'Unknown action');
		expectRefused(await post('vat', { name: '7%' }), 'Unknown action');
		expectRefused(await get('paykind/list'), 'Unknown action');
	});

	it('lists catalogue products with money as strings, keys as {id}, paged and searchable', async () => {
		sandbox.addProduct({ name: 'Kabel HDMI', netto: '19.99', ean: '5901234123457', productNumber: 'KAB-1', vat: 2, unit: 1 });
		sandbox.addProduct({ name: 'Monitor', netto: 899 });
		const all = await get('product/list', { page: 1, count: 1 });
		expect(all.body).toMatchObject({ result: true, pages: 2 });
		expect(all.body.return).toEqual([
			{ id: 1, name: 'Kabel HDMI', ean: '5901234123457', productNumber: 'KAB-1', pkwiu: '', netto: '19.99', vat: { id: 2 }, unit: { id: 1 } },
		]);
		expect((await get('product/list', { phrase: 'kab-1' })).body.return.map((row: Json) => row.name)).toEqual(['Kabel HDMI']);
		expectRefused(await get('product', { id: 1 }), 'Unknown action');
	});

	it('seeds products through the dictionary rules', () => {
		expect(() => sandbox.addProduct({ name: 'X', vat: 23 })).toThrow(AfakturyError);
		expect(() => sandbox.addProduct({ name: '' })).toThrow('name: This field cannot be empty');
	});
});

describe('seeding and the fault layer', () => {
	it('seeds documents through the same rules as the API', () => {
		expect(() => sandbox.addDocument('invoice', invoice({ vat: 1, currency: 3 }))).toThrow(AfakturyError);
		expect(() => sandbox.addDocument('invoice', invoice({ payTime: 14 }))).toThrow('payTime: unknown payTime id 14');
		const record = sandbox.addDocument('bill', invoice());
		expect(record.hash).toHaveLength(10);
		expect(sandbox.store.documents.bill.get(record.hash)).toBe(record);
	});

	it('records every request as it arrived, challenged ones too', async () => {
		await get('vat/list', { page: 1 }, { userAgent: null });
		await get('vat/list', { page: 1 });
		expect(sandbox.requests).toHaveLength(2);
		expect(sandbox.requests[1]?.query.data).toBe('{"page":1}');
		expect(sandbox.requests[1]?.headers.afakturytoken).toBe(sandbox.token);
	});

	it('inherits the common fault layer', async () => {
		sandbox.faults.inject({ path: '/api/invoice/list', fault: { kind: 'status', status: 502, body: 'Bad gateway', contentType: 'text/plain' } });
		expect((await get('invoice/list')).status).toBe(502);
		expect((await get('invoice/list')).status).toBe(200);
	});
});
