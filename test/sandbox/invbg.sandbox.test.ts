import { XMLParser } from 'fast-xml-parser';
import { startInvBgSandbox } from './invbg';
import type { InvBgSandbox, InvBgSandboxOptions } from './invbg';

/** The firm's today in every test: the default issue date. */
const TODAY = '2026-03-10';

/** Response bodies are asserted field by field, as a client would read them. */
type Json = any;

interface Answer {
	status: number;
	headers: Headers;
	bytes: Buffer;
	/** The JSON body; undefined for a PDF or an empty answer. */
	body: Json;
}

let sandbox: InvBgSandbox;

async function start(options: InvBgSandboxOptions = {}): Promise<void> {
	await sandbox?.close();
	sandbox = await startInvBgSandbox({ today: TODAY, ...options });
}

beforeEach(async () => {
	sandbox = await startInvBgSandbox({ today: TODAY });
});

afterEach(() => sandbox.close());

interface CallOptions {
	body?: unknown;
	query?: Record<string, string>;
	/** A token to send as `Bearer`; null sends no Authorization header; default a fresh login's token. */
	token?: string | null;
	/** Replaces the whole Authorization header. */
	authorization?: string;
	language?: string;
	contentType?: string;
	/** Sent as is instead of `JSON.stringify(body)`. */
	rawBody?: string;
}

async function rawCall(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
	const headers: Record<string, string> = {};
	if (options.authorization !== undefined) headers.Authorization = options.authorization;
	else if (options.token) headers.Authorization = `Bearer ${options.token}`;
	if (options.language) headers['Accept-Language'] = options.language;
	const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
	if (body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
	const search = new URLSearchParams(options.query ?? {}).toString();
	const response = await fetch(`${sandbox.baseUrl}${path}${search ? `?${search}` : ''}`, { method, headers, body });
	const bytes = Buffer.from(await response.arrayBuffer());
	const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
	return {
		status: response.status,
		headers: response.headers,
		bytes,
		body: isJson ? JSON.parse(bytes.toString('utf8')) : undefined,
	};
}

let cachedToken: { sandbox: InvBgSandbox; token: string } | undefined;

async function login(): Promise<string> {
	const answer = await rawCall('POST', '/login/token', { body: sandbox.login });
	expect(answer.status).toBe(200);
	return answer.body.token;
}

async function tokenFor(): Promise<string> {
	if (cachedToken?.sandbox !== sandbox) cachedToken = { sandbox, token: await login() };
	return cachedToken.token;
}

async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
	const token = options.token === undefined ? await tokenFor() : options.token;
	return rawCall(method, path, { ...options, token });
}

const get = (path: string, options: CallOptions = {}) => call('GET', path, options);
const post = (path: string, body: unknown, options: CallOptions = {}) => call('POST', path, { ...options, body });
const patch = (path: string, body: unknown, options: CallOptions = {}) => call('PATCH', path, { ...options, body });
const remove = (path: string, options: CallOptions = {}) => call('DELETE', path, options);

/** A complete euro invoice: 2 × 10.50 and 1 × 3.333 at 20 %. */
function invoice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		to_name: 'Тест ЕООД',
		to_town: 'София',
		to_bulstat: '123456789',
		to_country: 'BG',
		payment_method: 'bank',
		payment_currency: 'EUR',
		items: [
			{ name: 'Консултация', quantity: 2, quantity_unit: 'час', price: 10.5 },
			{ name: 'Материали', quantity: 1, quantity_unit: 'бр.', price: 3.333 },
		],
		...overrides,
	};
}

async function createInvoice(overrides: Record<string, unknown> = {}): Promise<{ id: number; number: string }> {
	const answer = await post('/invoices', invoice(overrides));
	expect(answer.status).toBe(201);
	return answer.body;
}

describe('v3 login (POST /login/token)', () => {
	it('answers a token, its expiry in unix seconds and as text; the token carries the claims of a real one', async () => {
		expect(sandbox.baseUrl).toBe(`http://127.0.0.1:${sandbox.port}/v3`);
		const answer = await rawCall('POST', '/login/token', { body: sandbox.login });
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
		expect(Object.keys(answer.body).sort()).toEqual(['expires', 'expires_string', 'token']);
		const parts = answer.body.token.split('.');
		expect(parts).toHaveLength(3);
		const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
		expect(claims).toMatchObject({ firmID: expect.any(Number), userID: expect.any(Number), scope: ['human', 'admin'] });
		expect(claims.exp - claims.iat).toBe(86400);
		expect(answer.body.expires).toBe(claims.exp);
		expect(typeof answer.body.expires_string).toBe('string');
		expect(sandbox.logins).toBe(1);
	});

	it('answers 401 "Wrong username or password" to a wrong password or e-mail', async () => {
		for (const body of [
			{ ...sandbox.login, password: 'wrong' },
			{ ...sandbox.login, email: 'other@example.com' },
		]) {
			const answer = await rawCall('POST', '/login/token', { body });
			expect(answer.status).toBe(401);
			expect(answer.body).toEqual({ error: 'Wrong username or password' });
		}
		expect(sandbox.logins).toBe(0);
	});

	it('answers 401 "Firm not found" to an unknown domain and to empty strings', async () => {
		for (const body of [
			{ ...sandbox.login, domain: 'no-such-firm' },
			{ email: '', password: '', domain: '' },
		]) {
			const answer = await rawCall('POST', '/login/token', { body });
			expect(answer.status).toBe(401);
			expect(answer.body).toEqual({ error: 'Firm not found' });
		}
	});

	it('answers 400 to missing or null fields', async () => {
		for (const body of [
			{ email: sandbox.login.email, password: sandbox.login.password },
			{ email: null, password: null, domain: null },
			{},
		]) {
			const answer = await rawCall('POST', '/login/token', { body });
			expect(answer.status).toBe(400);
			expect(answer.body).toEqual({ error: 'Missing required fields' });
		}
	});
});

describe('v3 bearer token', () => {
	const INVALID = { status: 'error', message: 'Token is invalid or expired' };

	it('answers 401 without a token, with an unknown one or another scheme', async () => {
		for (const authorization of [undefined, 'Bearer not-a-token', `Basic ${Buffer.from('a:b').toString('base64')}`]) {
			const answer = await rawCall('GET', '/invoices', { authorization });
			expect(answer.status).toBe(401);
			expect(answer.body).toEqual(INVALID);
		}
	});

	it('answers 401 once the token outlives its lifetime, and a fresh login works again', async () => {
		let now = Date.parse('2026-03-10T08:00:00Z');
		await start({ tokenLifetimeSeconds: 60, now: () => now });
		const token = await login();
		expect((await get('/clients', { token })).status).toBe(200);
		now += 59_000;
		expect((await get('/clients', { token })).status).toBe(200);
		now += 1_000;
		const expired = await get('/clients', { token });
		expect(expired.status).toBe(401);
		expect(expired.body).toEqual(INVALID);
		const fresh = await login();
		expect(fresh).not.toBe(token);
		expect((await get('/clients', { token: fresh })).status).toBe(200);
		expect(sandbox.logins).toBe(2);
	});

	it('expireTokens() makes every issued token answer 401', async () => {
		const first = await login();
		const second = await login();
		sandbox.expireTokens();
		for (const token of [first, second]) expect((await get('/invoices', { token })).status).toBe(401);
		expect((await get('/invoices', { token: await login() })).status).toBe(200);
	});

	it('checks the token before the body: an unauthenticated bad body is still a 401', async () => {
		const answer = await rawCall('POST', '/invoices', { rawBody: '{not json' });
		expect(answer.status).toBe(401);
	});
});

describe('v3 error answers', () => {
	it('answers 404 {"error":"Not found"} to an unknown id and an unknown path', async () => {
		for (const path of ['/invoices/999', '/clients/999', '/items/999', '/bank/accounts/999', '/no-such-thing']) {
			const answer = await get(path);
			expect(answer.status).toBe(404);
			expect(answer.body).toEqual({ error: 'Not found' });
		}
	});

	it('answers 400 {"error"} to a body that is not JSON, 415 to another content type', async () => {
		const broken = await call('POST', '/clients', { rawBody: '{"name": ' });
		expect(broken.status).toBe(400);
		expect(typeof broken.body.error).toBe('string');
		const form = await call('POST', '/clients', {
			rawBody: 'name=x',
			contentType: 'application/x-www-form-urlencoded',
		});
		expect(form.status).toBe(415);
	});

	it('answers 422 with every bad field, in Bulgarian by default and in English on request', async () => {
		const bulgarian = await post('/clients', { bulstat: '12345678', nickname: 'x' });
		expect(bulgarian.status).toBe(422);
		expect(Object.keys(bulgarian.body.errors).sort()).toEqual(['bulstat', 'name', 'nickname']);
		expect(bulgarian.body.error).toBe(Object.values(bulgarian.body.errors)[0]);
		expect(bulgarian.body.errors.name).toBe('Полето е задължително');
		const english = await post('/clients', { bulstat: '12345678' }, { language: 'en' });
		expect(english.body.errors).toEqual({ name: 'The field is required', bulstat: 'The EIK must be 9 or 13 digits' });
	});
});

describe('v3 bodies of the wrong shape', () => {
	it('answers 422, never 500, whatever JSON arrives in place of a field', async () => {
		const { id } = await createInvoice();
		sandbox.addPayment({ amount: 1, currency: 'EUR', currency_rate: 1, date: TODAY, payment_method: 'cash' });
		const odd = [null, 5, 'x', true, [], {}, [5], [null], { percent: 'x' }];
		const writes: [string, string, (value: unknown) => unknown][] = [
			['POST', '/invoices', (value) => value],
			['POST', '/clients', (value) => value],
			['POST', '/items', (value) => value],
			['POST', '/payments', (value) => value],
			['POST', `/invoices/${id}/emails`, (value) => value],
			['POST', '/payments/1/invoices', (value) => value],
			['POST', '/payments/1/invoices', (value) => ({ invoices: value })],
			['PATCH', `/invoices/${id}`, (value) => value],
		];
		for (const key of [
			'items',
			'vat',
			'related_invoice',
			'reduction',
			'bank_accounts',
			'client_id',
			'to_name',
			'date_create',
		]) {
			writes.push(['POST', '/invoices', (value) => invoice({ [key]: value })]);
			writes.push(['PATCH', `/invoices/${id}`, (value) => ({ [key]: value })]);
		}
		for (const [method, path, bodyOf] of writes) {
			for (const value of odd) {
				const answer = await call(method, path, { body: bodyOf(value) });
				expect([201, 204, 422]).toContain(answer.status);
			}
		}
	});
});

describe('v3 clients', () => {
	const CLIENT = {
		name: 'Тест ЕООД',
		town: 'Пловдив',
		bulstat: '123456789',
		is_reg_vat: true,
		vat_number: 'BG123456789',
		country: 'BG',
	};

	it('creates (201 {id}), reads, patches (204), deletes (204) and then answers 404', async () => {
		const created = await post('/clients', CLIENT);
		expect(created.status).toBe(201);
		expect(created.body).toEqual({ id: 1 });
		const read = await get('/clients/1');
		expect(read.status).toBe(200);
		expect(read.body).toMatchObject({ id: 1, ...CLIENT, is_person: false, egn: null });
		const patched = await patch('/clients/1', { town: 'Варна', name_en: 'Test Ltd' });
		expect(patched.status).toBe(204);
		expect(patched.bytes.length).toBe(0);
		expect((await get('/clients/1')).body).toMatchObject({ name: 'Тест ЕООД', town: 'Варна', name_en: 'Test Ltd' });
		expect((await remove('/clients/1')).status).toBe(204);
		expect((await get('/clients/1')).status).toBe(404);
	});

	it('checks EIK, VAT number, EGN, country and the unique code', async () => {
		const answer = await post('/clients', {
			name: 'X',
			bulstat: '12345',
			vat_number: '123',
			egn: '12',
			country: 'Bulgaria',
			is_reg_vat: 'yes',
		});
		expect(Object.keys(answer.body.errors).sort()).toEqual(['bulstat', 'country', 'egn', 'is_reg_vat', 'vat_number']);
		expect((await post('/clients', { name: 'VAT', is_reg_vat: true })).body.errors).toHaveProperty('vat_number');
		expect((await post('/clients', { name: 'Foreign', country: 'DE', vat_number: 'DE123456789' })).status).toBe(201);
		expect((await post('/clients', { name: 'A', code: 'K-1' })).status).toBe(201);
		expect((await post('/clients', { name: 'B', code: 'K-1' })).body.errors).toHaveProperty('code');
		expect((await patch('/clients/1', { name: '' })).body.errors).toHaveProperty('name');
	});

	it('filters by bulstat, vat_number and part of the name, and ignores a parameter it does not know', async () => {
		sandbox.addClient(CLIENT);
		sandbox.addClient({ name: 'Друга фирма АД', bulstat: '987654321' });
		expect((await get('/clients', { query: { bulstat: '987654321' } })).body).toMatchObject({
			total: 1,
			clients: [{ id: 2 }],
		});
		expect((await get('/clients', { query: { vat_number: 'BG123456789' } })).body).toMatchObject({
			total: 1,
			clients: [{ id: 1 }],
		});
		expect((await get('/clients', { query: { name: 'фирма' } })).body).toMatchObject({
			total: 1,
			clients: [{ id: 2 }],
		});
		expect((await get('/clients')).body.total).toBe(2);
		// An unknown parameter is ignored, not a filter.
		expect((await get('/clients', { query: { eik: '987654321' } })).body.total).toBe(2);
	});
});

describe('v3 items', () => {
	const ITEM = { name: 'Консултация', price: 50.5, currency: 'EUR', price_for_quantity: 1, quantity_unit: 'час' };

	it('requires all five fields on create', async () => {
		const answer = await post('/items', {});
		expect(answer.status).toBe(422);
		expect(Object.keys(answer.body.errors).sort()).toEqual([
			'currency',
			'name',
			'price',
			'price_for_quantity',
			'quantity_unit',
		]);
	});

	it('creates (201), reads with prices as JSON numbers, patches (204), lists and deletes (204)', async () => {
		expect((await post('/items', { ...ITEM, catalog_number: 'C-1' })).body).toEqual({ id: 1 });
		expect((await get('/items/1')).body).toEqual({
			id: 1,
			...ITEM,
			catalog_number: 'C-1',
			outside_id: null,
			name_en: null,
		});
		expect((await patch('/items/1', { price: 60 })).status).toBe(204);
		expect((await get('/items/1')).body.price).toBe(60);
		expect((await post('/items', { ...ITEM, price: '60.00' })).body.errors).toHaveProperty('price');
		expect((await get('/items')).body).toMatchObject({ total: 1, items: [{ id: 1 }] });
		expect((await remove('/items/1')).status).toBe(204);
		expect((await get('/items')).body).toEqual({ total: 0, items: [] });
	});
});

describe('v3 bank accounts and dictionaries', () => {
	it('lists the two seeded accounts: EUR (default) and BGN', async () => {
		const answer = await get('/bank/accounts');
		expect(answer.body.total).toBe(2);
		expect(answer.body.accounts.map((account: Json) => [account.currency, account.default, account.deleted])).toEqual([
			['EUR', 1, 0],
			['BGN', 0, 0],
		]);
		expect(Object.keys(answer.body.accounts[0]).sort()).toEqual([
			'bank_bic',
			'bank_iban',
			'bank_name',
			'currency',
			'default',
			'deleted',
			'id',
		]);
		expect((await get('/bank/accounts/2')).body).toMatchObject({ id: 2, currency: 'BGN' });
	});

	it('answers the without-VAT reasons and the payment methods', async () => {
		const reasons = await get('/invoices/without-vat-reasons');
		expect(reasons.body.reasons).toHaveLength(2);
		expect(reasons.body.reasons[0]).toEqual({ id: 1, name: 'чл. 113, ал. 9 от ЗДДС' });
		const methods = await get('/invoices/payment-methods');
		expect(methods.body.methods.map((method: Json) => method.code)).toEqual([
			'cash',
			'bank',
			'card',
			'moneytransfer',
			'ondelivery',
			'other',
		]);
	});
});

describe('v3 invoices: create and read', () => {
	it('creates with 201 {id, number}; totals from the lines at 20 %, 2 places half up, as JSON numbers', async () => {
		const created = await post('/invoices', invoice());
		expect(created.status).toBe(201);
		expect(created.body).toEqual({ id: 1, number: '0000000001' });
		const read = (await get('/invoices/1')).body;
		expect(read).toMatchObject({
			id: 1,
			number: '0000000001',
			type: 'dan',
			status: 'unpaid',
			is_draft: 0,
			is_annulled: 0,
			date_create: TODAY,
			date_event: TODAY,
			payment_currency: 'EUR',
			currency_rate: 1,
			vat: { percent: 20, reason_without: null },
			items: [
				{ name: 'Консултация', quantity: 2, quantity_unit: 'час', price: 10.5, vat_percent: null },
				{ name: 'Материали', quantity: 1, quantity_unit: 'бр.', price: 3.333, vat_percent: null },
			],
		});
		// 21.00 + 3.33 = 24.33; VAT 4.866 → 4.87.
		expect([read.payment_amount_base, read.payment_amount_vat, read.payment_amount_total]).toEqual([24.33, 4.87, 29.2]);
		expect([read.balance_paid, read.balance_due]).toEqual([0, 29.2]);
		expect(typeof read.created_at).toBe('string');
	});

	it('refuses an invoice without payment_currency (Bulgaria uses the euro since 2026)', async () => {
		const { payment_currency: _currency, ...withoutCurrency } = invoice();
		const answer = await post('/invoices', withoutCurrency);
		expect(answer.status).toBe(422);
		expect(answer.body.errors).toHaveProperty('payment_currency');
		expect(sandbox.store.invoices.all()).toHaveLength(0);
	});

	it('requires currency_rate for any currency but the euro', async () => {
		expect((await post('/invoices', invoice({ payment_currency: 'BGN' }))).body.errors).toHaveProperty('currency_rate');
		const created = await createInvoice({ payment_currency: 'BGN', currency_rate: 0.511292 });
		expect((await get(`/invoices/${created.id}`)).body).toMatchObject({
			payment_currency: 'BGN',
			currency_rate: 0.511292,
		});
		const euro = await createInvoice();
		const switched = await patch(`/invoices/${euro.id}`, { payment_currency: 'USD' });
		expect(switched.body.errors).toHaveProperty('currency_rate');
		expect((await patch(`/invoices/${euro.id}`, { payment_currency: 'USD', currency_rate: 0.92 })).status).toBe(204);
	});

	it('takes decimals only as JSON numbers', async () => {
		const answer = await post(
			'/invoices',
			invoice({ items: [{ name: 'A', quantity: '1', quantity_unit: 'бр.', price: '10.00' }] }),
		);
		expect(Object.keys(answer.body.errors).sort()).toEqual(['items.0.price', 'items.0.quantity']);
	});

	it('checks every field: unknown and read-only fields, types, lines, VAT percent, recipient', async () => {
		const answer = await post('/invoices', {
			payment_currency: 'EUR',
			type: 'invoice',
			payment_amount_total: 100,
			colour: 'red',
			date_create: '10.03.2026',
			payment_method: 'paypal',
			vat: { percent: 15 },
			to_country: 'Bulgaria',
			items: [],
		});
		expect(Object.keys(answer.body.errors).sort()).toEqual(
			[
				'colour',
				'date_create',
				'items',
				'payment_amount_total',
				'payment_method',
				'to_country',
				'to_name',
				'type',
				'vat.percent',
			].sort(),
		);
		const longName = await post(
			'/invoices',
			invoice({ items: [{ name: 'я'.repeat(301), quantity: 1, quantity_unit: 'бр.', price: 1 }] }),
		);
		expect(longName.body.errors).toHaveProperty(['items.0.name']);
	});

	it('needs a reason without VAT for a 0 % invoice or line', async () => {
		expect((await post('/invoices', invoice({ vat: { percent: 0 } }))).body.errors).toHaveProperty([
			'vat.reason_without',
		]);
		const line = { name: 'Книга', quantity: 1, quantity_unit: 'бр.', price: 10, vat_percent: 0 };
		expect((await post('/invoices', invoice({ items: [line] }))).body.errors).toHaveProperty(['vat.reason_without']);
		const created = await createInvoice({ vat: { percent: 0, reason_without: 'чл. 113, ал. 9 от ЗДДС' } });
		expect((await get(`/invoices/${created.id}`)).body).toMatchObject({
			payment_amount_vat: 0,
			payment_amount_total: 24.33,
		});
	});

	it('mixes VAT percents per line, prices with VAT, and a reduction', async () => {
		const lines = [
			{ name: 'Нощувка', quantity: 1, quantity_unit: 'нощ', price: 100, vat_percent: 9 },
			{ name: 'Вечеря', quantity: 1, quantity_unit: 'бр.', price: 100 },
		];
		const mixed = await createInvoice({ items: lines });
		expect((await get(`/invoices/${mixed.id}`)).body).toMatchObject({
			payment_amount_base: 200,
			payment_amount_vat: 29,
			payment_amount_total: 229,
		});
		const gross = await createInvoice({
			items_with_vat: 1,
			items: [{ name: 'A', quantity: 1, quantity_unit: 'бр.', price: 120 }],
		});
		expect((await get(`/invoices/${gross.id}`)).body).toMatchObject({
			payment_amount_base: 100,
			payment_amount_vat: 20,
			payment_amount_total: 120,
		});
		const reduced = await createInvoice({
			reduction: { type: 'percent', value: 10 },
			items: [{ name: 'A', quantity: 1, quantity_unit: 'бр.', price: 100 }],
		});
		expect((await get(`/invoices/${reduced.id}`)).body).toMatchObject({
			payment_amount_base: 90,
			payment_amount_vat: 18,
			payment_amount_total: 108,
		});
		const tooMuch = await post('/invoices', invoice({ reduction: { type: 'currency', value: 1000 } }));
		expect(tooMuch.body.errors).toHaveProperty(['reduction.value']);
	});

	it('copies the recipient from client_id and checks bank account ids', async () => {
		const client = sandbox.addClient({ name: 'Клиент ООД', town: 'Бургас', bulstat: '111222333', country: 'BG' });
		const { to_name: _name, to_town: _town, to_bulstat: _bulstat, ...rest } = invoice();
		const created = await post('/invoices', { ...rest, client_id: client.id, bank_accounts: [1] });
		expect(created.status).toBe(201);
		expect((await get(`/invoices/${created.body.id}`)).body).toMatchObject({
			client_id: client.id,
			to_name: 'Клиент ООД',
			to_town: 'Бургас',
			to_bulstat: '111222333',
			bank_accounts: [1],
		});
		const unknown = await post('/invoices', { ...rest, client_id: 99 });
		expect(unknown.status).toBe(422);
		expect(Object.keys(unknown.body.errors)).toEqual(['client_id']);
		expect((await get('/invoices', { query: { client_id: String(client.id) } })).body.invoices.map((row: Json) => row.id)).toEqual([created.body.id]);
		expect((await post('/invoices', invoice({ bank_accounts: [7] }))).body.errors).toHaveProperty('bank_accounts');
	});
});

describe('v3 invoices: numbering and notes', () => {
	it('numbers tax invoices and notes in one sequence and pro formas in another, 10 digits', async () => {
		expect((await createInvoice()).number).toBe('0000000001');
		expect((await createInvoice({ type: 'prof' })).number).toBe('0000000001');
		const credit = await createInvoice({ type: 'cred', related_invoice: { id: 1, number: '0000000001', date: TODAY } });
		expect(credit.number).toBe('0000000002');
		expect((await createInvoice({ number: '42' })).number).toBe('0000000042');
		expect((await createInvoice()).number).toBe('0000000043');
		expect((await createInvoice({ type: 'prof' })).number).toBe('0000000002');
		const taken = await post('/invoices', invoice({ number: '0000000042' }));
		expect(taken.status).toBe(422);
		expect(taken.body.errors).toHaveProperty('number');
		expect((await post('/invoices', invoice({ number: 'F-1' }))).body.errors).toHaveProperty('number');
	});

	it('requires related_invoice for debit and credit notes, and only for them', async () => {
		for (const type of ['deb', 'cred']) {
			const answer = await post('/invoices', invoice({ type }));
			expect(answer.status).toBe(422);
			expect(answer.body.errors).toHaveProperty('related_invoice');
		}
		const outside = await createInvoice({ type: 'deb', related_invoice: { number: '784322', date: '2026-02-27' } });
		expect((await get(`/invoices/${outside.id}`)).body.related_invoice).toEqual({
			id: null,
			number: '0000784322',
			date: '2026-02-27',
		});
		const onDan = await post('/invoices', invoice({ related_invoice: { number: '1', date: TODAY } }));
		expect(onDan.body.errors).toHaveProperty('related_invoice');
		const wrongNumber = await post(
			'/invoices',
			invoice({ type: 'cred', related_invoice: { id: outside.id, number: '5', date: TODAY } }),
		);
		expect(wrongNumber.body.errors).toHaveProperty(['related_invoice.id']);
	});
});

describe('v3 invoices: list, update, annul, delete', () => {
	it('filters by type, dates, client, status and annulment, and refuses bad filter values', async () => {
		const client = sandbox.addClient({ name: 'Клиент' });
		sandbox.addInvoice(invoice({ date_create: '2026-01-15' }));
		sandbox.addInvoice(invoice({ type: 'prof', date_create: '2026-02-15', client_id: client.id }));
		sandbox.addInvoice(invoice({ date_create: '2026-03-05', status: 'paid' }));
		const numbersOf = async (query: Record<string, string>) =>
			(await get('/invoices', { query })).body.invoices.map((row: Json) => row.id);
		expect(await numbersOf({ type: 'prof' })).toEqual([2]);
		expect(await numbersOf({ date_from: '2026-02-01' })).toEqual([2, 3]);
		expect(await numbersOf({ date_from: '2026-02-01', date_to: '2026-02-28' })).toEqual([2]);
		expect(await numbersOf({ client_id: String(client.id) })).toEqual([2]);
		expect(await numbersOf({ status: 'paid' })).toEqual([3]);
		expect(await numbersOf({ status: 'unpaid' })).toEqual([1, 2]);
		expect(await numbersOf({ is_annulled: '0' })).toEqual([1, 2, 3]);
		const badQueries: Record<string, string>[] = [
			{ type: 'kred' },
			{ date_from: '01.02.2026' },
			{ status: 'open' },
			{ is_annulled: 'yes' },
		];
		for (const query of badQueries) {
			const answer = await get('/invoices', { query });
			expect(answer.status).toBe(422);
			expect(Object.keys(answer.body.errors)).toEqual(Object.keys(query));
		}
	});

	it('filters by the exact 10-digit number, which a pro forma may share with a tax invoice', async () => {
		sandbox.addInvoice(invoice());
		sandbox.addInvoice(invoice({ number: '15' }));
		sandbox.addInvoice(invoice({ type: 'prof', number: '15' }));
		const idsOf = async (query: Record<string, string>) =>
			(await get('/invoices', { query })).body.invoices.map((row: Json) => row.id);
		expect(await idsOf({ number: '0000000015' })).toEqual([2, 3]);
		expect(await idsOf({ number: '0000000015', type: 'prof' })).toEqual([3]);
		expect(await idsOf({ number: '15' })).toEqual([]);
		expect(await idsOf({ number: '0000000099' })).toEqual([]);
		for (const number of ['F-15', '00000000015']) {
			const answer = await get('/invoices', { query: { number } });
			expect(answer.status).toBe(422);
			expect(Object.keys(answer.body.errors)).toEqual(['number']);
		}
	});

	it('pages with page/per_page (default 25, at most 100) and counts everything in total', async () => {
		for (let index = 0; index < 30; index += 1) sandbox.addInvoice(invoice());
		const first = await get('/invoices');
		expect(first.body.total).toBe(30);
		expect(first.body.invoices).toHaveLength(25);
		const second = await get('/invoices', { query: { page: '2' } });
		expect(second.body.invoices.map((row: Json) => row.id)).toEqual([26, 27, 28, 29, 30]);
		const third = await get('/invoices', { query: { page: '3', per_page: '10' } });
		expect(third.body).toMatchObject({ total: 30 });
		expect(third.body.invoices.map((row: Json) => row.id)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
		expect((await get('/invoices', { query: { page: '9' } })).body).toEqual({ total: 30, invoices: [] });
		const badPaging: Record<string, string>[] = [{ per_page: '101' }, { per_page: '0' }, { page: '0' }, { page: 'x' }];
		for (const query of badPaging) {
			expect((await get('/invoices', { query })).status).toBe(422);
		}
	});

	it('patches part of an invoice (204) and recomputes its totals; the type stays', async () => {
		const { id } = await createInvoice();
		const answer = await patch(`/invoices/${id}`, {
			notes: 'Благодарим!',
			items: [{ name: 'A', quantity: 3, quantity_unit: 'бр.', price: 10 }],
		});
		expect(answer.status).toBe(204);
		expect((await get(`/invoices/${id}`)).body).toMatchObject({
			notes: 'Благодарим!',
			to_name: 'Тест ЕООД',
			payment_amount_total: 36,
		});
		expect((await patch(`/invoices/${id}`, { type: 'prof' })).body.errors).toHaveProperty('type');
		expect((await patch(`/invoices/${id}`, { payment_currency: null })).body.errors).toHaveProperty('payment_currency');
		expect((await patch('/invoices/99', { notes: 'x' })).status).toBe(404);
	});

	it('annuls with {"is_annulled":1}: listed as annulled, no longer editable, never un-annulled', async () => {
		const { id } = await createInvoice();
		expect((await patch(`/invoices/${id}`, { is_annulled: 1 })).status).toBe(204);
		expect((await get('/invoices', { query: { is_annulled: '1' } })).body).toMatchObject({
			total: 1,
			invoices: [{ id, is_annulled: 1 }],
		});
		for (const body of [{ is_annulled: 0 }, { notes: 'x' }]) {
			const answer = await patch(`/invoices/${id}`, body);
			expect(answer.status).toBe(422);
			expect(answer.body.errors).toHaveProperty('is_annulled');
		}
		expect((await post('/invoices', invoice({ is_annulled: 1 }))).body.errors).toHaveProperty('is_annulled');
	});

	it('deletes only drafts (204), refusing an issued invoice with 422', async () => {
		const issued = await createInvoice();
		const refused = await remove(`/invoices/${issued.id}`);
		expect(refused.status).toBe(422);
		expect(refused.body.errors.id).toBe('Само чернови могат да бъдат изтривани');
		expect((await remove(`/invoices/${issued.id}`, { language: 'en' })).body.error).toBe('Only drafts can be deleted');
		const draft = await createInvoice({ is_draft: 1 });
		expect((await remove(`/invoices/${draft.id}`)).status).toBe(204);
		expect((await get(`/invoices/${draft.id}`)).status).toBe(404);
		expect((await patch(`/invoices/${issued.id}`, { is_draft: 1 })).status).toBe(422);
	});
});

describe('v3 invoices: PDF and e-mail', () => {
	it('answers the PDF as application/pdf bytes, in the caller’s language', async () => {
		const { id } = await createInvoice();
		const answer = await get(`/invoices/${id}/pdf`);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('application/pdf');
		expect(answer.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(answer.bytes.toString('latin1')).toContain('Faktura 0000000001');
		expect((await get(`/invoices/${id}/pdf`, { language: 'en' })).bytes.toString('latin1')).toContain(
			'Invoice 0000000001',
		);
		expect((await get('/invoices/99/pdf')).status).toBe(404);
	});

	it('sends an e-mail (201 {"success":true}) and records it', async () => {
		const { id } = await createInvoice();
		const body = {
			email: 'client@example.com',
			subject: 'Фактура',
			message: 'Здравейте',
			delivery: 'file',
			inv_language: 'en',
		};
		const answer = await post(`/invoices/${id}/emails`, body);
		expect(answer.status).toBe(201);
		expect(answer.body).toEqual({ success: true });
		expect(sandbox.emails).toEqual([
			{
				invoiceId: id,
				number: '0000000001',
				email: 'client@example.com',
				subject: 'Фактура',
				message: 'Здравейте',
				delivery: 'file',
				language: 'en',
				via: 'v3',
			},
		]);
	});

	it('answers a bad e-mail request with {"error":{"description"}}, and sends no draft', async () => {
		const { id } = await createInvoice();
		for (const body of [{}, { email: 'not-an-address' }, { email: 'a@b.bg', delivery: 'fax' }]) {
			const answer = await post(`/invoices/${id}/emails`, body);
			expect(answer.status).toBe(422);
			expect(typeof answer.body.error.description).toBe('string');
		}
		const draft = await createInvoice({ is_draft: 1 });
		expect((await post(`/invoices/${draft.id}/emails`, { email: 'a@b.bg' })).status).toBe(422);
		expect(sandbox.emails).toEqual([]);
	});
});

describe('v3 payments', () => {
	const PAYMENT = { amount: 20, currency: 'EUR', currency_rate: 1, date: TODAY, payment_method: 'bank' };

	it('creates a payment (201 {id}) and requires its fields', async () => {
		expect((await post('/payments', PAYMENT)).body).toEqual({ id: 1 });
		const answer = await post('/payments', {});
		expect(Object.keys(answer.body.errors).sort()).toEqual([
			'amount',
			'currency',
			'currency_rate',
			'date',
			'payment_method',
		]);
		expect((await post('/payments', { ...PAYMENT, amount: 10.005 })).body.errors).toHaveProperty('amount');
	});

	it('allocates to invoices: balance_paid up, balance_due down, paid when nothing is due', async () => {
		const { id } = await createInvoice(); // 29.20
		await post('/payments', PAYMENT);
		const first = await post('/payments/1/invoices', { invoices: [{ id, amount: 20 }] });
		expect(first.status).toBe(201);
		expect(first.body).toEqual({ success: true });
		expect((await get(`/invoices/${id}`)).body).toMatchObject({ balance_paid: 20, balance_due: 9.2, status: 'unpaid' });
		expect((await get('/invoices', { query: { status: 'partially-paid' } })).body.total).toBe(1);
		await post('/payments', { ...PAYMENT, amount: 9.2 });
		expect((await post('/payments/2/invoices', { invoices: [{ id, amount: 9.2 }] })).status).toBe(201);
		expect((await get(`/invoices/${id}`)).body).toMatchObject({ balance_paid: 29.2, balance_due: 0, status: 'paid' });
		const listed = await get('/payments');
		expect(listed.body.total).toBe(2);
		expect(listed.body.payments[0]).toMatchObject({ id: 1, amount: 20, invoices: [{ id, amount: 20 }] });
	});

	it('refuses more than is due, more than the payment, another currency, a draft, an unknown invoice', async () => {
		const { id } = await createInvoice(); // 29.20
		const draft = await createInvoice({ is_draft: 1 });
		const bgn = await createInvoice({ payment_currency: 'BGN', currency_rate: 0.511292 });
		sandbox.addPayment({ ...PAYMENT, amount: 100 });
		for (const invoices of [
			[{ id, amount: 29.21 }],
			[
				{ id, amount: 15 },
				{ id, amount: 15 },
			],
			[{ id: draft.id, amount: 1 }],
			[{ id: bgn.id, amount: 1 }],
			[{ id: 99, amount: 1 }],
			[{ id, amount: -1 }],
			[],
		]) {
			expect((await post('/payments/1/invoices', { invoices })).status).toBe(422);
		}
		sandbox.addPayment({ ...PAYMENT, amount: 5 });
		expect((await post('/payments/2/invoices', { invoices: [{ id, amount: 6 }] })).status).toBe(422);
		expect((await post('/payments/9/invoices', { invoices: [{ id, amount: 1 }] })).status).toBe(404);
		expect((await get(`/invoices/${id}`)).body).toMatchObject({ balance_paid: 0, balance_due: 29.2 });
	});

	it('marks an invoice written with status paid as settled', async () => {
		const { id } = await createInvoice({ status: 'paid' });
		expect((await get(`/invoices/${id}`)).body).toMatchObject({ status: 'paid', balance_paid: 29.2, balance_due: 0 });
		expect((await patch(`/invoices/${id}`, { status: 'unpaid' })).status).toBe(204);
		expect((await get(`/invoices/${id}`)).body).toMatchObject({ status: 'unpaid', balance_paid: 0, balance_due: 29.2 });
	});
});

describe('the common fault layer', () => {
	it('puts an injected fault in front of the service', async () => {
		sandbox.faults.inject({
			path: '/v3/invoices',
			fault: { kind: 'status', status: 503, body: 'Service Unavailable', contentType: 'text/plain' },
		});
		expect((await get('/invoices')).status).toBe(503);
		expect((await get('/invoices')).status).toBe(200);
	});
});

// ---------------------------------------------------------------------------------------------------------
// XML API v1

/** Text as a client must write it into an element. */
const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

type Elements = Record<string, string | undefined>;

function elements(values: Elements): string {
	return Object.entries(values)
		.filter((entry): entry is [string, string] => entry[1] !== undefined)
		.map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
		.join('');
}

interface V1Parts {
	login?: { username: string; password: string } | null;
	info?: Elements;
	client?: Elements;
	objects?: Elements[];
	additional?: Elements;
}

/** The vendor page's example document, with this firm's login and this year's dates. */
function v1Xml(parts: V1Parts = {}): string {
	const login = parts.login === undefined ? sandbox.v1Login : parts.login;
	const info: Elements = {
		type: 'dan',
		number: 'AUTO',
		status: 'UNPAID',
		date_create: '10.03.2026',
		date_event: '10.03.2026',
		currency: 'EUR',
		reduction_value: '2',
		reduction_type: 'currency',
		payment_method: 'cash',
		payment_method_other: '',
		enter_objects_with_vat: '0',
		notes: '',
		create_and_send_to_email: '',
		create_and_return_pdf: '0',
		without_vat_reason: '',
		...parts.info,
	};
	const client: Elements = {
		firmname: 'ЕТ Ник Павлов',
		bulstat: '1234567890',
		vat_number: '',
		town: 'Пловдив',
		address: 'Нещо си',
		mol: 'Някой си',
		recipient: 'Някой си',
		bank_name: 'Райфайзенбанк',
		bank_iban: 'BG11 RZBB 9155 1005 4160 29',
		bank_bic: 'RZBBBGSF',
		outside_client_id: '42',
		is_person: '0',
		...parts.client,
	};
	const objects = parts.objects ?? [
		{
			name: 'Круши от по 8',
			quantity_unit: 'COUNT',
			quantity_value: '1',
			price_single: '8',
			price_single_is_for_quantity: '1',
			reduction_value: '1',
			reduction_type: 'currency',
			notes: 'От Средна Гора.',
			outside_id: '4',
			outside_group_id: '3',
		},
		{
			name: 'Круши от по 100',
			quantity_unit: 'COUNT',
			quantity_value: '1',
			price_single: '100',
			price_single_is_for_quantity: '1',
			reduction_value: '1',
			reduction_type: 'percent',
			outside_id: '5',
			outside_group_id: '2',
		},
	];
	const loginElement = login === null ? '' : `<login username="${login.username}" password="${login.password}" />`;
	return (
		'<?xml version="1.0" encoding="UTF-8" ?>' +
		`<request>${loginElement}<invoice><info>${elements(info)}</info><client>${elements(client)}</client>` +
		`<objects>${objects.map((object) => `<object>${elements(object)}</object>`).join('')}</objects>` +
		`<additional_fields>${elements(parts.additional ?? { field: 'value', email: '' })}</additional_fields></invoice></request>`
	);
}

interface V1Answer {
	httpStatus: number;
	contentType: string | null;
	raw: string;
	status: string;
	errorCode: string;
	errorMessage: string;
	invoice: Json;
}

const resultParser = new XMLParser({ parseTagValue: false, trimValues: true });

async function postV1(body: string, contentType = 'application/x-www-form-urlencoded'): Promise<V1Answer> {
	const response = await fetch(sandbox.v1Url, { method: 'POST', headers: { 'Content-Type': contentType }, body });
	const raw = await response.text();
	const { result } = resultParser.parse(raw);
	return {
		httpStatus: response.status,
		contentType: response.headers.get('content-type'),
		raw,
		status: result.status,
		errorCode: result.error_code,
		errorMessage: result.error_message,
		invoice: result.invoice,
	};
}

const v1 = (xml: string) => postV1(new URLSearchParams({ XMLDATA: xml }).toString());

function expectV1Error(answer: V1Answer, code: string): void {
	expect(answer.httpStatus).toBe(200);
	expect(answer.status).toBe('ERROR');
	expect(answer.errorCode).toBe(code);
	expect(answer.invoice).toBe('');
}

describe('XML API v1', () => {
	it('creates the vendor page’s example: OK, a 10-digit number, the id, a view URL, no PDF', async () => {
		expect(sandbox.v1Url).toBe(`http://127.0.0.1:${sandbox.port}/api`);
		const answer = await v1(v1Xml());
		expect(answer.httpStatus).toBe(200);
		expect(answer.contentType).toMatch(/^text\/xml/);
		expect(answer.raw.startsWith('<?xml version="1.0" encoding="UTF-8" ?>')).toBe(true);
		expect(answer).toMatchObject({ status: 'OK', errorCode: '', errorMessage: '' });
		expect(answer.invoice.number).toBe('0000000001');
		expect(answer.invoice.id).toBe('1');
		expect(answer.invoice.view_url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
		expect(answer.invoice).not.toHaveProperty('pdf');
	});

	it('computes the example’s totals: line reductions, then the document’s, then 20 % VAT', async () => {
		await v1(v1Xml());
		// (8 − 1) + (100 − 1 %) = 106; − 2 = 104; VAT 20.80.
		expect(sandbox.store.invoices.find(1)).toMatchObject({
			type: 'dan',
			status: 'unpaid',
			to_name: 'ЕТ Ник Павлов',
			to_bulstat: '1234567890',
			date_create: TODAY,
			payment_method: 'cash',
			payment_currency: 'EUR',
			payment_amount_base: 104,
			payment_amount_vat: 20.8,
			payment_amount_total: 124.8,
		});
		const withoutVat = await v1(v1Xml({ info: { without_vat_reason: 'чл. 113, ал. 9 от ЗДДС' } }));
		expect(sandbox.store.invoices.find(withoutVat.invoice.id)).toMatchObject({
			vat: { percent: 0, reason_without: 'чл. 113, ал. 9 от ЗДДС' },
			payment_amount_total: 104,
		});
	});

	it('creates every document type, numbering AUTO per sequence; kred is v3’s cred', async () => {
		const dan = await v1(v1Xml());
		const deb = await v1(v1Xml({ info: { type: 'deb', related_invoice: '1' } }));
		const kred = await v1(
			v1Xml({ info: { type: 'kred', related_invoice: '784322', related_invoice_date: '27.11.2025' } }),
		);
		const prof = await v1(v1Xml({ info: { type: 'prof' } }));
		expect([dan, deb, kred, prof].map((answer) => [answer.status, answer.invoice.number])).toEqual([
			['OK', '0000000001'],
			['OK', '0000000002'],
			['OK', '0000000003'],
			['OK', '0000000001'],
		]);
		expect(sandbox.store.invoices.all().map((invoice) => invoice.type)).toEqual(['dan', 'deb', 'cred', 'prof']);
		expect(sandbox.store.invoices.find(2)?.related_invoice).toEqual({ id: 1, number: '0000000001', date: TODAY });
		expect(sandbox.store.invoices.find(3)?.related_invoice).toEqual({
			id: null,
			number: '0000784322',
			date: '2025-11-27',
		});
	});

	it('takes an explicit number, refuses a taken one, and shares the sequence with v3', async () => {
		expect((await v1(v1Xml({ info: { number: '15' } }))).invoice.number).toBe('0000000015');
		expectV1Error(await v1(v1Xml({ info: { number: '15' } })), 'INVALID_VALUE');
		expect((await createInvoice()).number).toBe('0000000016');
		expect((await v1(v1Xml())).invoice.number).toBe('0000000017');
	});

	it('answers a wrong login exactly as the vendor page shows, without echoing it', async () => {
		for (const login of [
			{ ...sandbox.v1Login, password: 'wrong-secret' },
			{ username: 'nobody', password: 'x' },
			null,
		]) {
			const answer = await v1(v1Xml({ login }));
			expect(answer.raw.replace(/\s+/g, ' ')).toBe(
				'<?xml version="1.0" encoding="UTF-8" ?> <result> <status>ERROR</status> <error_code>INVALID_LOGIN</error_code> <error_message>Невалидно име или парола.</error_message> <invoice></invoice> </result>',
			);
			expect(answer.raw).not.toContain('wrong-secret');
		}
		expect(sandbox.store.invoices.all()).toEqual([]);
	});

	it('answers INVALID_XML to a document that is not well-formed, no XMLDATA, or a body that is not a form', async () => {
		expectV1Error(await v1('<request><login username="a" password="b"/><invoice>'), 'INVALID_XML');
		expectV1Error(await v1('just text'), 'INVALID_XML');
		expectV1Error(await postV1(new URLSearchParams({ XML: v1Xml() }).toString()), 'INVALID_XML');
		expectV1Error(await postV1(JSON.stringify({ XMLDATA: v1Xml() }), 'application/json'), 'INVALID_XML');
		expectV1Error(await v1(`<!DOCTYPE r [<!ENTITY x "y">]>${v1Xml()}`), 'INVALID_XML');
	});

	it('checks the login before the document', async () => {
		expectV1Error(
			await v1(v1Xml({ login: { username: 'nobody', password: 'x' }, info: { type: '' } })),
			'INVALID_LOGIN',
		);
	});

	it('answers MISSING_FIELD for each required element', async () => {
		const cases: V1Parts[] = [
			{ info: { type: undefined } },
			{ info: { date_create: '' } },
			{ info: { currency: undefined } },
			{ info: { payment_method: undefined } },
			{ info: { type: 'deb' } },
			{ info: { type: 'kred', related_invoice: '999' } },
			{ info: { payment_method: 'bank' }, client: { bank_iban: '' } },
			{ info: { payment_method: 'other' } },
			{ client: { firmname: '' } },
			{ client: { is_person: '1', firmname: '' } },
			{ objects: [] },
			{ objects: [{ name: 'X', quantity_value: '1' }] },
			{ objects: [{ quantity_value: '1', price_single: '1' }] },
		];
		for (const parts of cases) {
			const answer = await v1(v1Xml(parts));
			expectV1Error(answer, 'MISSING_FIELD');
			expect(answer.errorMessage).toMatch(/^Липсва задължително поле: invoice\//);
		}
		expect(sandbox.store.invoices.all()).toEqual([]);
	});

	it('answers INVALID_VALUE for values outside the page’s lists and dates not dd.mm.yyyy', async () => {
		const cases: V1Parts[] = [
			{ info: { type: 'cred' } },
			{ info: { status: 'paid' } },
			{ info: { date_create: '2026-03-10' } },
			{ info: { date_event: '31.02.2026' } },
			{ info: { payment_method: 'paypal' } },
			{ info: { reduction_type: 'amount' } },
			{ info: { enter_objects_with_vat: 'yes' } },
			{ info: { create_and_return_pdf: '2' } },
			{ info: { currency: 'euro' } },
			{ client: { is_person: 'true' } },
			{ objects: [{ name: 'X', quantity_value: '1,5', price_single: '1' }] },
			{ objects: [{ name: 'X', quantity_value: '0', price_single: '1' }] },
		];
		for (const parts of cases) {
			const answer = await v1(v1Xml(parts));
			expectV1Error(answer, 'INVALID_VALUE');
			expect(answer.errorMessage).toMatch(/^Невалидна стойност на поле: invoice\//);
		}
	});

	it('answers an element of the wrong shape with an error result, never a server error', async () => {
		const login = `<login username="${sandbox.v1Login.username}" password="${sandbox.v1Login.password}" />`;
		const documents = [
			'<request>text</request>',
			`<request>${login}<invoice>text</invoice></request>`,
			`<request>${login}<invoice><info><type><b>dan</b></type></info></invoice></request>`,
			`<request>${login}<invoice><info type="dan"/></invoice></request>`,
			`<request>${login}<invoice><objects><object>x</object></objects></invoice></request>`,
			`<request>${login}${login}<invoice/></request>`,
			v1Xml().replace('<name>Круши от по 8</name>', '<name lang="bg">Круши</name>'),
		];
		for (const xml of documents) {
			const answer = await v1(xml);
			expect(answer.httpStatus).toBe(200);
			expect(answer.status).toBe('ERROR');
			expect(['INVALID_XML', 'INVALID_LOGIN', 'MISSING_FIELD', 'INVALID_VALUE']).toContain(answer.errorCode);
		}
	});

	it('returns the PDF as base64 only when create_and_return_pdf is 1', async () => {
		const answer = await v1(v1Xml({ info: { create_and_return_pdf: '1' } }));
		const pdf = Buffer.from(answer.invoice.pdf, 'base64');
		expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
		expect(pdf.toString('latin1')).toContain('0000000001');
		expect((await v1(v1Xml({ info: { create_and_return_pdf: '0' } }))).invoice).not.toHaveProperty('pdf');
	});

	it('sends the document to create_and_send_to_email on creation', async () => {
		const answer = await v1(v1Xml({ info: { create_and_send_to_email: 'name@domain.com' } }));
		expect(sandbox.emails).toEqual([
			{
				invoiceId: 1,
				number: answer.invoice.number,
				email: 'name@domain.com',
				subject: null,
				message: null,
				delivery: 'file',
				language: 'bg',
				via: 'v1',
			},
		]);
		expectV1Error(await v1(v1Xml({ info: { create_and_send_to_email: 'not an address' } })), 'INVALID_VALUE');
	});

	it('keeps an escaped element in a text field as text, and an unescaped one breaks the document', async () => {
		const name = '</firmname><status>PAID</status>';
		const answer = await v1(v1Xml({ client: { firmname: name } }));
		expect(answer.status).toBe('OK');
		expect(sandbox.store.invoices.find(1)).toMatchObject({ to_name: name, status: 'unpaid' });
		const smuggled = v1Xml().replace('<firmname>ЕТ Ник Павлов</firmname>', `<firmname>ЕТ${name}</firmname>`);
		expectV1Error(await v1(smuggled), 'INVALID_XML');
		const twice = v1Xml().replace('<status>UNPAID</status>', '<status>UNPAID</status><status>PAID</status>');
		expectV1Error(await v1(twice), 'INVALID_XML');
		expect(sandbox.store.invoices.all()).toHaveLength(1);
	});

	it('records the document with its XML, keeps additional fields, and an e-mail there makes a contact', async () => {
		const xml = v1Xml({ additional: { field: 'value', second_field: 'other value', email: 'contact@client.bg' } });
		await v1(xml);
		expect(sandbox.v1Documents).toHaveLength(1);
		const [document] = sandbox.v1Documents;
		expect(document).toMatchObject({ invoiceId: 1, number: '0000000001', xml });
		expect(document.additionalFields).toEqual({
			field: 'value',
			second_field: 'other value',
			email: 'contact@client.bg',
		});
		expect(document.parsed).toMatchObject({ invoice: { client: { firmname: 'ЕТ Ник Павлов' } } });
		expect(sandbox.store.contacts).toEqual([{ clientId: 1, email: 'contact@client.bg' }]);
		expect(sandbox.store.clients.find(1)).toMatchObject({ name: 'ЕТ Ник Павлов', bulstat: '1234567890' });
	});

	it('maps a person’s details and a new unit; the lev (лв) is stored as BGN; PAID settles the document', async () => {
		const answer = await v1(
			v1Xml({
				info: { currency: 'лв', status: 'PAID', payment_method: 'ondlv' },
				client: {
					is_person: '1',
					firmname: '',
					person_name: 'Павлов Човеков',
					person_egn: '8801119127',
					person_city: 'Варна',
					person_address: 'Приморска 10',
				},
				objects: [
					{
						name: 'Ябълки',
						quantity_unit: 'КАСА',
						quantity_value: '2',
						price_single: '30',
						price_single_is_for_quantity: '3',
					},
				],
			}),
		);
		expect(answer.status).toBe('OK');
		expect(sandbox.store.invoices.find(1)).toMatchObject({
			to_name: 'Павлов Човеков',
			is_to_person: true,
			to_egn: '8801119127',
			to_town: 'Варна',
			payment_currency: 'BGN',
			payment_method: 'ondelivery',
			items: [{ name: 'Ябълки', quantity: 2, quantity_unit: 'КАСА', price: 10 }],
			payment_amount_base: 18,
			status: 'paid',
			balance_due: 0,
		});
		expect([...sandbox.store.quantityUnits]).toEqual(['КАСА']);
	});
});
