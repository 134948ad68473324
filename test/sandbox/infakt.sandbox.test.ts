import { InfaktError, startInfaktSandbox } from './infakt';
import type { InfaktSandbox, InfaktSandboxOptions } from './infakt';

/** The account's today in every test: default invoice and paid dates depend on it. */
const TODAY = '2026-03-10';
const NOT_FOUND = { error: 'Zasób którego szukasz nie został znaleziony.' };

/** Response bodies are asserted field by field, as a client would read them. */
type Json = any;

interface Answer {
	status: number;
	headers: Headers;
	bytes: Buffer;
	/** The JSON body; undefined for PDF bytes and empty answers. */
	body: Json;
}

let sandbox: InfaktSandbox;

async function restart(options: InfaktSandboxOptions = {}): Promise<void> {
	await sandbox.close();
	sandbox = await startInfaktSandbox({ today: TODAY, ...options });
}

beforeEach(async () => {
	sandbox = await startInfaktSandbox({ today: TODAY });
});

afterEach(() => sandbox.close());

interface CallOptions {
	/** Sent as JSON; a string is sent as is. */
	body?: unknown;
	/** The API key; null sends none. Default: the full-scope key. */
	key?: string | null;
	contentType?: string;
	/** Default `/api/v3`. */
	base?: string;
}

/** `path` is below the base, e.g. `/invoices.json?limit=5`. */
async function call(method: string, path: string, options: CallOptions = {}): Promise<Answer> {
	const headers: Record<string, string> = { Accept: 'application/json' };
	const key = options.key === undefined ? sandbox.apiKey : options.key;
	if (key !== null) headers['X-inFakt-ApiKey'] = key;
	const body = options.body === undefined ? undefined : typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
	if (body !== undefined) headers['Content-Type'] = options.contentType ?? 'application/json';
	const response = await fetch(`${sandbox.origin}${options.base ?? '/api/v3'}${path}`, { method, headers, body });
	const bytes = Buffer.from(await response.arrayBuffer());
	const isJson = response.headers.get('content-type')?.startsWith('application/json') ?? false;
	return { status: response.status, headers: response.headers, bytes, body: isJson ? JSON.parse(bytes.toString('utf8')) : undefined };
}

const get = (path: string, options: CallOptions = {}) => call('GET', path, options);
const post = (path: string, body?: unknown, options: CallOptions = {}) => call('POST', path, { ...options, body });
const put = (path: string, body: unknown, options: CallOptions = {}) => call('PUT', path, { ...options, body });
const del = (path: string, options: CallOptions = {}) => call('DELETE', path, options);

/** A complete VAT invoice: one line of 2 × 100.00 zł net at 23 %, to an inline company. */
function invoice(overrides: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		invoice_date: TODAY,
		payment_method: 'transfer',
		client_company_name: 'Nabywca Sp. z o.o.',
		client_tax_code: '526-025-02-74',
		client_country: 'PL',
		client_email: 'ksiegowosc@nabywca.example',
		services: [{ name: 'Usługa programistyczna', tax_symbol: '23', quantity: 2, unit_net_price: 10000 }],
		...overrides,
	};
}

/** Polls a task until it answers a terminal code; returns every status answer seen. */
async function pollUntilDone(reference: string): Promise<Json[]> {
	const seen: Json[] = [];
	for (let poll = 0; poll < 10; poll++) {
		const answer = await get(`/async/invoices/status/${reference}.json`);
		expect(answer.status).toBe(200);
		seen.push(answer.body);
		if (![100, 120, 140].includes(answer.body.processing_code)) return seen;
	}
	throw new Error('the task never finished');
}

/** Submits an async create and polls it; returns the final status body. */
async function createThroughApi(fields: Record<string, unknown>): Promise<Json> {
	const submitted = await post('/async/invoices.json', { invoice: fields });
	expect(submitted.status).toBe(201);
	const seen = await pollUntilDone(submitted.body.invoice_task_reference_number);
	return seen[seen.length - 1];
}

describe('base paths and the .json suffix', () => {
	it('puts baseUrl at /api/v3 and answers there', async () => {
		expect(sandbox.baseUrl).toBe(`${sandbox.origin}/api/v3`);
		const answer = await fetch(`${sandbox.baseUrl}/vat_rates.json`, { headers: { 'X-inFakt-ApiKey': sandbox.apiKey } });
		expect(answer.status).toBe(200);
	});

	it('answers the same under the older /v3 base', async () => {
		sandbox.addInvoice(invoice());
		const answer = await get('/invoices.json', { base: '/v3' });
		expect(answer.status).toBe(200);
		expect(answer.body.metainfo.total_count).toBe(1);
	});

	it('answers 404 to a path without .json, to another version and to an unknown resource', async () => {
		expect(await get('/invoices')).toMatchObject({ status: 404, body: NOT_FOUND });
		expect(await get('/invoices.xml')).toMatchObject({ status: 404, body: NOT_FOUND });
		expect(await get('/invoices.json', { base: '/api/v2' })).toMatchObject({ status: 404, body: NOT_FOUND });
		expect(await get('/nothing_here.json')).toMatchObject({ status: 404, body: NOT_FOUND });
	});

	it('answers 404 to a known path with a method it does not take', async () => {
		const created = sandbox.addInvoice(invoice());
		expect(await post(`/invoices/${created.uuid}.json`, { invoice: {} })).toMatchObject({ status: 404, body: NOT_FOUND });
		expect(await del('/invoices.json')).toMatchObject({ status: 404, body: NOT_FOUND });
		expect(await put('/vat_rates.json', {})).toMatchObject({ status: 404, body: NOT_FOUND });
		expect(sandbox.store.invoices.size).toBe(1);
	});

	it('answers 404 with the documented text to an unknown invoice', async () => {
		expect(await get('/invoices/00000000-0000-0000-0000-000000000000.json')).toMatchObject({ status: 404, body: NOT_FOUND });
	});
});

describe('authentication and scopes', () => {
	it('gives three distinct keys', () => {
		expect(new Set([sandbox.apiKey, sandbox.readOnlyKey, sandbox.noScopeKey]).size).toBe(3);
	});

	it('answers 401 without a key or with an unknown one, before saying anything about the route', async () => {
		const unauthorized = { status: 401, body: { error: 'Nieprawidłowy klucz API.' } };
		expect(await get('/invoices.json', { key: null })).toMatchObject(unauthorized);
		expect(await get('/invoices.json', { key: 'not-a-key' })).toMatchObject(unauthorized);
		expect(await get('/nothing_here.json', { key: null })).toMatchObject(unauthorized);
	});

	it('takes the key from the header only, not an api_key query parameter', async () => {
		expect((await get(`/invoices.json?api_key=${sandbox.apiKey}`, { key: null })).status).toBe(401);
	});

	it('lets a read-only key read but not write', async () => {
		const forbidden = { status: 403, body: { error: 'Brak uprawnień do wykonania tej operacji.' } };
		expect((await get('/invoices.json', { key: sandbox.readOnlyKey })).status).toBe(200);
		expect(await post('/async/invoices.json', { invoice: invoice() }, { key: sandbox.readOnlyKey })).toMatchObject(forbidden);
		expect(await post('/clients.json', { client: { company_name: 'X', country: 'PL' } }, { key: sandbox.readOnlyKey })).toMatchObject(forbidden);
		expect(sandbox.tasks.size).toBe(0);
		expect(sandbox.store.clients.all()).toEqual([]);
	});

	it('lets a key without invoice scopes do nothing', async () => {
		expect((await get('/invoices.json', { key: sandbox.noScopeKey })).status).toBe(403);
		expect((await get('/clients.json', { key: sandbox.noScopeKey })).status).toBe(403);
		expect((await get('/async/invoices/status/x.json', { key: sandbox.noScopeKey })).status).toBe(403);
	});
});

describe('JSON bodies', () => {
	it('refuses a body that is not JSON with 406', async () => {
		const asText = await post('/clients.json', 'company_name=X', { contentType: 'application/x-www-form-urlencoded' });
		expect(asText.status).toBe(406);
		expect(asText.body).toEqual({ error: expect.any(String) });
		expect((await post('/clients.json', '{"client":', { contentType: 'application/json' })).status).toBe(406);
	});

	it('refuses a body without its wrapper with 400', async () => {
		const answer = await post('/clients.json', { company_name: 'X', country: 'PL' });
		expect(answer.status).toBe(400);
		expect(answer.body.error).toContain('client');
		expect((await post('/async/invoices.json', invoice())).status).toBe(400);
	});
});

describe('asynchronous create', () => {
	it('answers 201 with the task, then steps 100 → 140 → 201 with the invoice uuid', async () => {
		const submitted = await post('/async/invoices.json', { invoice: invoice() });
		expect(submitted.status).toBe(201);
		expect(submitted.body).toEqual({
			invoice_task_reference_number: expect.stringMatching(/^[0-9a-f-]{36}$/),
			processing_code: 100,
			processing_description: 'Zlecenie przyjęte',
			timestamps: { task_created_at: expect.stringMatching(/^2026-03-10 \d\d:\d\d:\d\d \+0000$/) },
		});
		const reference = submitted.body.invoice_task_reference_number;
		expect(sandbox.store.invoices.size).toBe(0);
		const seen = await pollUntilDone(reference);
		expect(seen.map((status) => status.processing_code)).toEqual([100, 140, 201]);
		const done = seen[2];
		expect(done).toEqual({
			invoice_task_reference_number: reference,
			processing_code: 201,
			processing_description: expect.any(String),
			invoice_uuid: expect.any(String),
		});
		expect(sandbox.tasks.get(reference)).toMatchObject({ kind: 'create', polls: 3, outcome: { code: 201, invoiceUuid: done.invoice_uuid } });
		const created = await get(`/invoices/${done.invoice_uuid}.json`);
		expect(created.status).toBe(200);
		expect(created.body).toMatchObject({
			uuid: done.invoice_uuid,
			id: expect.any(Number),
			number: '1/03/2026',
			kind: 'vat',
			status: 'draft',
			currency: 'PLN',
			invoice_date: TODAY,
			sale_date: TODAY,
			payment_date: '2026-03-17',
			paid_date: null,
			net_price: 20000,
			tax_price: 4600,
			gross_price: 24600,
			paid_price: 0,
			left_to_pay: 24600,
			client_company_name: 'Nabywca Sp. z o.o.',
			bank_account: 'PL61109010140000071219812874',
		});
		expect(created.body.invoice).toBeUndefined();
	});

	it('keeps answering the terminal status once finished', async () => {
		const done = await createThroughApi(invoice());
		const again = await get(`/async/invoices/status/${done.invoice_task_reference_number}.json`);
		expect(again.body).toEqual(done);
		expect(sandbox.store.invoices.size).toBe(1);
	});

	it('answers 202 when told to, as the docs say', async () => {
		await restart({ taskAnswerStatus: 202 });
		const submitted = await post('/async/invoices.json', { invoice: invoice() });
		expect(submitted.status).toBe(202);
		expect(submitted.body.processing_code).toBe(100);
	});

	it('takes pollsToFinish polls before finishing: 3 gives 100, 120, 140; 0 finishes at the first poll', async () => {
		await restart({ pollsToFinish: 3 });
		let submitted = await post('/async/invoices.json', { invoice: invoice() });
		let seen = await pollUntilDone(submitted.body.invoice_task_reference_number);
		expect(seen.map((status) => status.processing_code)).toEqual([100, 120, 140, 201]);
		await restart({ pollsToFinish: 0 });
		submitted = await post('/async/invoices.json', { invoice: invoice() });
		seen = await pollUntilDone(submitted.body.invoice_task_reference_number);
		expect(seen.map((status) => status.processing_code)).toEqual([201]);
	});

	it('holds tasks at 140 until released', async () => {
		sandbox.holdTasks(true);
		const submitted = await post('/async/invoices.json', { invoice: invoice() });
		const reference = submitted.body.invoice_task_reference_number;
		for (let poll = 0; poll < 5; poll++) {
			expect((await get(`/async/invoices/status/${reference}.json`)).body.processing_code).toBe(140);
		}
		expect(sandbox.store.invoices.size).toBe(0);
		sandbox.holdTasks(false);
		expect((await get(`/async/invoices/status/${reference}.json`)).body.processing_code).toBe(201);
	});

	it('starts held when told to', async () => {
		await restart({ holdTasks: true });
		const submitted = await post('/async/invoices.json', { invoice: invoice() });
		expect((await get(`/async/invoices/status/${submitted.body.invoice_task_reference_number}.json`)).body.processing_code).toBe(140);
	});

	it('answers 404 to an unknown task reference', async () => {
		expect(await get('/async/invoices/status/6f1a2b3c-0000-4000-8000-000000000000.json')).toMatchObject({ status: 404, body: NOT_FOUND });
	});

	it('validates in the task: the submit is 201, the status 422 with field errors, no invoice and no number spent', async () => {
		const submitted = await post('/async/invoices.json', {
			invoice: invoice({
				payment_method: 'bitcoin',
				client_company_name: undefined,
				client_country: 'Polska',
				services: [
					{ name: 'Dobra', tax_symbol: '23', quantity: 1, unit_net_price: 100 },
					{ tax_symbol: '22', quantity: 0, unit_net_price: 12.5 },
				],
			}),
		});
		expect(submitted.status).toBe(201);
		const seen = await pollUntilDone(submitted.body.invoice_task_reference_number);
		const failed = seen[seen.length - 1];
		expect(failed.processing_code).toBe(422);
		expect(failed.invoice_uuid).toBeUndefined();
		expect(failed.invoice_errors).toEqual({
			payment_method: ['Proszę wybrać odpowiedni sposób płatności.'],
			client_company_name: [expect.any(String)],
			client_country: [expect.any(String)],
			'services.1.name': [expect.any(String)],
			'services.1.tax_symbol': [expect.any(String)],
			'services.1.quantity': [expect.any(String)],
		});
		expect(sandbox.store.invoices.size).toBe(0);
		expect((await get('/invoices/next_number.json?kind=vat&date=2026-03-10')).body.next_number).toBe('1/03/2026');
	});

	it('refuses a price in złoty (not whole grosze) and a line without any price', async () => {
		const done = await createThroughApi(
			invoice({ services: [{ name: 'A', tax_symbol: '23', unit_net_price: 12.5 }, { name: 'B', tax_symbol: '23', quantity: 1 }] }),
		);
		expect(done.invoice_errors).toEqual({ 'services.0.unit_net_price': [expect.any(String)], 'services.1.unit_net_price': [expect.any(String)] });
	});

	it('refuses an invoice without lines', async () => {
		expect((await createThroughApi(invoice({ services: [] }))).invoice_errors).toEqual({ services: [expect.any(String)] });
		expect((await createThroughApi(invoice({ services: undefined }))).invoice_errors).toEqual({ services: [expect.any(String)] });
	});

	it('requires a VAT exemption reason (an id of /vat_exemptions.json) when a line is zw', async () => {
		const zw = { services: [{ name: 'Szkolenie', tax_symbol: 'zw', unit_net_price: 50000 }] };
		expect((await createThroughApi(invoice(zw))).invoice_errors).toEqual({ vat_exemption_reason: [expect.any(String)] });
		expect((await createThroughApi(invoice({ ...zw, vat_exemption_reason: 9 }))).invoice_errors).toEqual({
			vat_exemption_reason: [expect.any(String)],
		});
		const done = await createThroughApi(invoice({ ...zw, vat_exemption_reason: 1 }));
		expect(done.processing_code).toBe(201);
		expect(sandbox.store.invoices.get(done.invoice_uuid)).toMatchObject({ vat_exemption_reason: 1, tax_price: 0, gross_price: 50000 });
	});

	it('accepts a client by first and last name, or by client_id, which fills the buyer from the client', async () => {
		expect((await createThroughApi(invoice({ client_company_name: undefined, client_first_name: 'Jan' }))).processing_code).toBe(422);
		const person = await createThroughApi(invoice({ client_company_name: undefined, client_first_name: 'Jan', client_last_name: 'Kowalski' }));
		expect(person.processing_code).toBe(201);
		const client = sandbox.addClient({ company_name: 'Klient SA', nip: '5260250274', city: 'Kraków', country: 'PL', email: 'faktury@klient.example', days_to_payment: 14 });
		const byId = await createThroughApi({ payment_method: 'cash', client_id: client.id, services: invoice().services });
		expect(sandbox.store.invoices.get(byId.invoice_uuid)).toMatchObject({
			client_id: client.id,
			client_company_name: 'Klient SA',
			client_tax_code: '5260250274',
			client_city: 'Kraków',
			client_email: 'faktury@klient.example',
			payment_date: '2026-03-24',
			bank_account: null,
		});
		expect((await createThroughApi({ client_id: 99999, services: invoice().services })).invoice_errors).toEqual({ client_id: [expect.any(String)] });
	});

	it('takes the bank account kept in the invoice currency for a transfer', async () => {
		const done = await createThroughApi(invoice({ currency: 'EUR' }));
		expect(sandbox.store.invoices.get(done.invoice_uuid)).toMatchObject({ currency: 'EUR', bank_account: 'PL27114020040000300201355387', swift: 'BREXPLPW' });
	});

	it('answers 402 at submit while the plan limit is reached, and accepts again after', async () => {
		sandbox.setPlanLimitReached(true);
		expect(await post('/async/invoices.json', { invoice: invoice() })).toMatchObject({ status: 402, body: { error: 'Przekroczono limit planu.' } });
		expect(sandbox.tasks.size).toBe(0);
		sandbox.setPlanLimitReached(false);
		expect((await post('/async/invoices.json', { invoice: invoice() })).status).toBe(201);
	});
});

describe('money in grosze', () => {
	it('prices each line half up and sums the invoice', async () => {
		const created = sandbox.addInvoice(
			invoice({
				services: [
					{ name: 'A', tax_symbol: '23', quantity: 3, unit_net_price: 12345 },
					{ name: 'B', tax_symbol: '8', quantity: '1.5', unit_net_price: 999 },
					{ name: 'C', tax_symbol: '23', gross_price: 12300 },
					{ name: 'D', tax_symbol: '5', quantity: 4, net_price: 1001 },
					{ name: 'E', tax_symbol: '23', quantity: 2, unit_net_price: 10000, discount: '12.5' },
					{ name: 'F', tax_symbol: 'np', unit_net_price: 700 },
				],
			}),
		);
		expect(created.services.map(({ unit_net_price, net_price, tax_price, gross_price }) => [unit_net_price, net_price, tax_price, gross_price])).toEqual([
			[12345, 37035, 8518, 45553],
			[999, 1499, 120, 1619],
			[10000, 10000, 2300, 12300],
			[250, 1001, 50, 1051],
			[10000, 17500, 4025, 21525],
			[700, 700, 0, 700],
		]);
		expect(created.services[1]?.quantity).toBe(1.5);
		expect(created.services[4]?.discount).toBe('12.5');
		expect(created.services[0]?.discount).toBe('0.0');
		expect(created).toMatchObject({ net_price: 67735, tax_price: 15013, gross_price: 82748, left_to_pay: 82748 });
	});
});

describe('numbering and next_number', () => {
	it('numbers N/MM/YYYY per kind and per month, as next_number predicts', async () => {
		const next = async (kind: string, date: string) => (await get(`/invoices/next_number.json?kind=${kind}&date=${date}`)).body;
		expect(await next('vat', '2026-03-01')).toEqual({ invoice_date: '2026-03-01', invoice_kind: 'vat', next_number: '1/03/2026' });
		for (const expected of ['1/03/2026', '2/03/2026']) {
			expect((await next('vat', TODAY)).next_number).toBe(expected);
			expect(sandbox.addInvoice(invoice()).number).toBe(expected);
		}
		expect((await next('proforma', TODAY)).next_number).toBe('1/03/2026');
		expect(sandbox.addInvoice(invoice({ kind: 'proforma' })).number).toBe('1/03/2026');
		expect((await next('vat', '2026-04-02')).next_number).toBe('1/04/2026');
		expect(sandbox.addInvoice(invoice({ invoice_date: '2026-04-02' })).number).toBe('1/04/2026');
		expect((await next('vat', TODAY)).next_number).toBe('3/03/2026');
	});

	it('defaults the date to today and refuses a bad kind or date with 400', async () => {
		expect((await get('/invoices/next_number.json?kind=vat')).body).toEqual({ invoice_date: TODAY, invoice_kind: 'vat', next_number: '1/03/2026' });
		expect((await get('/invoices/next_number.json')).status).toBe(400);
		expect((await get('/invoices/next_number.json?kind=margin')).status).toBe(400);
		expect((await get('/invoices/next_number.json?kind=vat&date=2026-02-30')).status).toBe(400);
	});

	it('never hands out a deleted invoice number again', async () => {
		const first = sandbox.addInvoice(invoice());
		expect((await del(`/invoices/${first.uuid}.json`)).status).toBe(204);
		expect((await get('/invoices/next_number.json?kind=vat')).body.next_number).toBe('2/03/2026');
		expect(sandbox.addInvoice(invoice()).number).toBe('2/03/2026');
	});

	it('keeps a chosen number, moves the counter past it, and refuses a duplicate only when asked to check', async () => {
		expect(sandbox.addInvoice(invoice({ number: '7/03/2026' })).number).toBe('7/03/2026');
		expect((await get('/invoices/next_number.json?kind=vat')).body.next_number).toBe('8/03/2026');
		expect(sandbox.addInvoice(invoice({ number: '7/03/2026' })).number).toBe('7/03/2026');
		const checked = await createThroughApi(invoice({ number: '7/03/2026', check_duplicate_number: true }));
		expect(checked.invoice_errors).toEqual({ number: ['Numer jest już zajęty.'] });
		const proforma = await createThroughApi(invoice({ kind: 'proforma', number: '7/03/2026', check_duplicate_number: true }));
		expect(proforma.processing_code).toBe(201);
	});
});

describe('mark paid (asynchronous)', () => {
	it('answers 201 with a task, then 200; the invoice is paid with paid_price = gross', async () => {
		const created = sandbox.addInvoice(invoice());
		const submitted = await post(`/async/invoices/${created.uuid}/paid.json`, { paid_date: '2026-03-12' });
		expect(submitted.status).toBe(201);
		expect(submitted.body.processing_code).toBe(100);
		expect(sandbox.store.invoices.get(created.uuid)?.paid_date).toBeNull();
		const seen = await pollUntilDone(submitted.body.invoice_task_reference_number);
		expect(seen.map((status) => status.processing_code)).toEqual([100, 140, 200]);
		expect(seen[2].invoice_errors).toBeUndefined();
		expect((await get(`/invoices/${created.uuid}.json`)).body).toMatchObject({
			status: 'paid',
			paid_date: '2026-03-12',
			paid_price: 24600,
			left_to_pay: 0,
		});
		expect(sandbox.tasks.get(submitted.body.invoice_task_reference_number)).toMatchObject({ kind: 'paid', outcome: { code: 200 } });
	});

	it('defaults the paid date to today, with no body at all', async () => {
		const created = sandbox.addInvoice(invoice({ invoice_date: '2026-03-01' }));
		const submitted = await post(`/async/invoices/${created.uuid}/paid.json`);
		await pollUntilDone(submitted.body.invoice_task_reference_number);
		expect(sandbox.store.invoices.get(created.uuid)?.paid_date).toBe(TODAY);
	});

	it('fails the task with a plain string when the paid date is before the invoice date', async () => {
		const created = sandbox.addInvoice(invoice());
		const submitted = await post(`/async/invoices/${created.uuid}/paid.json`, { paid_date: '2026-03-01' });
		expect(submitted.status).toBe(201);
		const seen = await pollUntilDone(submitted.body.invoice_task_reference_number);
		expect(seen[seen.length - 1]).toMatchObject({
			processing_code: 422,
			invoice_errors: 'Data zapłaty nie może być wcześniejsza niż data wystawienia faktury.',
		});
		expect(sandbox.store.invoices.get(created.uuid)).toMatchObject({ status: 'draft', paid_date: null });
	});

	it('answers 404 at submit for an unknown invoice', async () => {
		expect(await post('/async/invoices/00000000-0000-0000-0000-000000000000/paid.json', {})).toMatchObject({ status: 404, body: NOT_FOUND });
	});

	it('locks the invoice against PUT and DELETE (423) while its mark-paid is in progress', async () => {
		sandbox.holdTasks(true);
		const created = sandbox.addInvoice(invoice());
		const submitted = await post(`/async/invoices/${created.uuid}/paid.json`, {});
		expect((await put(`/invoices/${created.uuid}.json`, { invoice: { notes: 'x' } })).status).toBe(423);
		expect((await del(`/invoices/${created.uuid}.json`)).status).toBe(423);
		sandbox.holdTasks(false);
		await pollUntilDone(submitted.body.invoice_task_reference_number);
		expect((await put(`/invoices/${created.uuid}.json`, { invoice: { notes: 'x' } })).status).toBe(200);
	});
});

describe('lists', () => {
	it('pages by offset and limit (default 10) and sets a misleading next even on the last page', async () => {
		for (let index = 0; index < 12; index++) sandbox.addInvoice(invoice());
		const first = await get('/invoices.json');
		expect(first.body.metainfo).toEqual({
			count: 10,
			total_count: 12,
			next: 'https://api.infakt.pl/api/v3/v3/invoices.json?offset=10&limit=10',
			previous: 'https://api.infakt.pl/api/v3/v3/invoices.json?offset=0&limit=10',
		});
		expect(first.body.entities.map((entity: Json) => entity.number).slice(0, 2)).toEqual(['1/03/2026', '2/03/2026']);
		const last = await get('/invoices.json?offset=10&limit=10');
		expect(last.body.metainfo).toMatchObject({ count: 2, total_count: 12, next: 'https://api.infakt.pl/api/v3/v3/invoices.json?offset=20&limit=10' });
		expect(last.body.entities).toHaveLength(2);
		const beyond = await get('/invoices.json?offset=20&limit=10');
		expect(beyond.body).toMatchObject({ metainfo: { count: 0, total_count: 12 }, entities: [] });
	});

	it('caps limit at 100 and refuses a limit or offset that is not a whole number', async () => {
		sandbox.addInvoice(invoice());
		expect((await get('/invoices.json?limit=500')).body.metainfo.next).toContain('limit=100');
		expect((await get('/invoices.json?limit=ten')).status).toBe(400);
		expect((await get('/invoices.json?offset=-1')).status).toBe(400);
		expect((await get('/invoices.json?limit=0')).status).toBe(400);
	});

	it('filters invoices on each documented q[...] field', async () => {
		const march = sandbox.addInvoice(invoice({ invoice_date: '2026-03-02' }));
		const april = sandbox.addInvoice(invoice({ invoice_date: '2026-04-05', client_tax_code: '1234567890' }));
		const proforma = sandbox.addInvoice(invoice({ kind: 'proforma', invoice_date: '2026-03-20' }));
		const submitted = await post(`/async/invoices/${march.uuid}/paid.json`, { paid_date: '2026-03-05' });
		await pollUntilDone(submitted.body.invoice_task_reference_number);
		const uuids = async (query: string) => (await get(`/invoices.json?${query}`)).body.entities.map((entity: Json) => entity.uuid);
		expect(await uuids(`q[number_eq]=${encodeURIComponent('1/04/2026')}`)).toEqual([april.uuid]);
		expect(await uuids('q[clean_client_nip_eq]=5260250274')).toEqual([march.uuid, proforma.uuid]);
		expect(await uuids('q[invoice_date_gteq]=2026-03-10')).toEqual([april.uuid, proforma.uuid]);
		expect(await uuids('q[invoice_date_lteq]=2026-03-20')).toEqual([march.uuid, proforma.uuid]);
		expect(await uuids('q[invoice_date_gteq]=2026-03-03&q[invoice_date_lteq]=2026-03-31')).toEqual([proforma.uuid]);
		expect(await uuids('q[paid_date_null]=true')).toEqual([april.uuid, proforma.uuid]);
		expect(await uuids('q[paid_date_null]=false')).toEqual([march.uuid]);
		expect(await uuids('q[kind_eq]=proforma')).toEqual([proforma.uuid]);
		expect(await uuids('q[unknown_eq]=x')).toHaveLength(3);
		expect((await get('/invoices.json?q[kind_eq]=vat')).body.metainfo.total_count).toBe(2);
	});

	it('sorts with order=<field> asc|desc and refuses an unknown field', async () => {
		const small = sandbox.addInvoice(invoice({ services: [{ name: 'A', tax_symbol: '23', unit_net_price: 100 }] }));
		const large = sandbox.addInvoice(invoice({ services: [{ name: 'B', tax_symbol: '23', unit_net_price: 900000 }] }));
		const order = async (value: string) => (await get(`/invoices.json?order=${encodeURIComponent(value)}`)).body.entities.map((entity: Json) => entity.uuid);
		expect(await order('gross_price desc')).toEqual([large.uuid, small.uuid]);
		expect(await order('gross_price asc')).toEqual([small.uuid, large.uuid]);
		expect(await order('number desc')).toEqual([large.uuid, small.uuid]);
		expect((await get(`/invoices.json?order=${encodeURIComponent('client_id desc')}`)).status).toBe(400);
		expect((await get(`/invoices.json?order=${encodeURIComponent('gross_price sideways')}`)).status).toBe(400);
	});
});

describe('update and delete', () => {
	it('updates part of an invoice synchronously (200 with the invoice), services replacing every line', async () => {
		const created = sandbox.addInvoice(invoice());
		const notes = await put(`/invoices/${created.uuid}.json`, { invoice: { notes: 'Dziękujemy', payment_date: '2026-04-01' } });
		expect(notes.status).toBe(200);
		expect(notes.body).toMatchObject({ uuid: created.uuid, number: created.number, notes: 'Dziękujemy', payment_date: '2026-04-01', gross_price: 24600 });
		expect(notes.body.services).toEqual(created.services);
		const lines = await put(`/invoices/${created.uuid}.json`, { invoice: { services: [{ name: 'Nowa', tax_symbol: '8', unit_net_price: 5000 }] } });
		expect(lines.body.services).toHaveLength(1);
		expect(lines.body).toMatchObject({ net_price: 5000, tax_price: 400, gross_price: 5400, left_to_pay: 5400, notes: 'Dziękujemy' });
	});

	it('keeps the buyer on an update, even after its client was deleted; a new client_id replaces the whole buyer', async () => {
		const first = sandbox.addClient({ company_name: 'Pierwszy SA', city: 'Gdańsk', country: 'PL' });
		const second = sandbox.addClient({ first_name: 'Anna', last_name: 'Nowak', country: 'DE', email: 'anna@example.de' });
		const created = sandbox.addInvoice({ client_id: first.id, services: invoice().services });
		await del(`/clients/${first.id}.json`);
		const kept = await put(`/invoices/${created.uuid}.json`, { invoice: { notes: 'x', client_street: 'Długa' } });
		expect(kept.status).toBe(200);
		expect(kept.body).toMatchObject({ client_id: first.id, client_company_name: 'Pierwszy SA', client_city: 'Gdańsk', client_street: 'Długa' });
		const moved = await put(`/invoices/${created.uuid}.json`, { invoice: { client_id: second.id } });
		expect(moved.body).toMatchObject({
			client_id: second.id,
			client_company_name: null,
			client_first_name: 'Anna',
			client_city: null,
			client_street: null,
			client_country: 'DE',
			client_email: 'anna@example.de',
		});
		expect((await put(`/invoices/${created.uuid}.json`, { invoice: { client_id: first.id } })).body).toEqual({ errors: { client_id: [expect.any(String)] } });
	});

	it('answers 422 with field errors and changes nothing when an update breaks a rule', async () => {
		const created = sandbox.addInvoice(invoice());
		const answer = await put(`/invoices/${created.uuid}.json`, { invoice: { payment_method: 'gold', services: [] } });
		expect(answer.status).toBe(422);
		expect(answer.body).toEqual({ errors: { payment_method: ['Proszę wybrać odpowiedni sposób płatności.'], services: [expect.any(String)] } });
		expect(sandbox.store.invoices.get(created.uuid)).toEqual(created);
	});

	it('deletes with 204 and an empty body; the invoice is gone', async () => {
		const created = sandbox.addInvoice(invoice());
		const answer = await del(`/invoices/${created.uuid}.json`);
		expect(answer.status).toBe(204);
		expect(answer.bytes.length).toBe(0);
		expect((await get(`/invoices/${created.uuid}.json`)).status).toBe(404);
		expect((await del(`/invoices/${created.uuid}.json`)).status).toBe(404);
	});
});

describe('PDF and e-mail', () => {
	it('answers the PDF bytes and marks the invoice printed', async () => {
		const created = sandbox.addInvoice(invoice());
		const answer = await get(`/invoices/${created.uuid}/pdf.json?document_type=original&locale=en`);
		expect(answer.status).toBe(200);
		expect(answer.headers.get('content-type')).toBe('application/pdf');
		expect(answer.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
		expect(answer.bytes.toString('latin1')).toContain('1/03/2026');
		expect(sandbox.store.invoices.get(created.uuid)?.status).toBe('printed');
	});

	it('requires a known document_type and locale (400)', async () => {
		const created = sandbox.addInvoice(invoice());
		expect((await get(`/invoices/${created.uuid}/pdf.json`)).status).toBe(400);
		expect((await get(`/invoices/${created.uuid}/pdf.json?document_type=kopia`)).status).toBe(400);
		expect((await get(`/invoices/${created.uuid}/pdf.json?document_type=copy&locale=de`)).status).toBe(400);
		expect(sandbox.store.invoices.get(created.uuid)?.status).toBe('draft');
	});

	it('lets the last action win: a paid invoice printed reads printed, its paid_date stays', async () => {
		const created = sandbox.addInvoice(invoice());
		const submitted = await post(`/async/invoices/${created.uuid}/paid.json`, {});
		await pollUntilDone(submitted.body.invoice_task_reference_number);
		await get(`/invoices/${created.uuid}/pdf.json?document_type=duplicate`);
		expect(sandbox.store.invoices.get(created.uuid)).toMatchObject({ status: 'printed', paid_date: TODAY, left_to_pay: 0 });
	});

	it('accepts an e-mail with 202 and no body, records it and marks the invoice sent', async () => {
		const created = sandbox.addInvoice(invoice());
		const answer = await post(`/invoices/${created.uuid}/deliver_via_email.json`, { print_type: 'original', locale: 'pe', recipient: 'szef@nabywca.example', send_copy: true });
		expect(answer.status).toBe(202);
		expect(answer.bytes.length).toBe(0);
		expect(sandbox.emails).toEqual([{ invoiceUuid: created.uuid, recipient: 'szef@nabywca.example', print_type: 'original', locale: 'pe', send_copy: true }]);
		expect(sandbox.store.invoices.get(created.uuid)?.status).toBe('sent');
	});

	it("sends to the client's e-mail by default, and refuses with 422 when there is none", async () => {
		const created = sandbox.addInvoice(invoice());
		await post(`/invoices/${created.uuid}/deliver_via_email.json`, { print_type: 'copy' });
		expect(sandbox.emails[0]).toEqual({ invoiceUuid: created.uuid, recipient: 'ksiegowosc@nabywca.example', print_type: 'copy', locale: 'pl', send_copy: false });
		const silent = sandbox.addInvoice(invoice({ client_email: undefined }));
		const answer = await post(`/invoices/${silent.uuid}/deliver_via_email.json`, { print_type: 'copy' });
		expect(answer).toMatchObject({ status: 422, body: { errors: { recipient: [expect.any(String)] } } });
		expect(sandbox.emails).toHaveLength(1);
		expect(sandbox.store.invoices.get(silent.uuid)?.status).toBe('draft');
	});

	it('requires a print_type from its set (original_copy belongs to the PDF only)', async () => {
		const created = sandbox.addInvoice(invoice());
		expect((await post(`/invoices/${created.uuid}/deliver_via_email.json`, {})).body).toEqual({ errors: { print_type: [expect.any(String)] } });
		expect((await post(`/invoices/${created.uuid}/deliver_via_email.json`, { print_type: 'original_copy' })).status).toBe(422);
		expect(sandbox.emails).toEqual([]);
	});
});

describe('clients', () => {
	const client = { company_name: 'Klient SA', nip: 'PL 526-025-02-74', street: 'Prosta', street_number: '1', city: 'Warszawa', postal_code: '00-001', country: 'PL' };

	it('creates (201), reads, updates (200) and deletes (204) a client by numeric id', async () => {
		const created = await post('/clients.json', { client });
		expect(created.status).toBe(201);
		expect(created.body).toMatchObject({ ...client, id: expect.any(Number), email: null });
		const id = created.body.id;
		expect((await get(`/clients/${id}.json`)).body).toEqual(created.body);
		const updated = await put(`/clients/${id}.json`, { client: { email: 'biuro@klient.example' } });
		expect(updated.status).toBe(200);
		expect(updated.body).toMatchObject({ company_name: 'Klient SA', email: 'biuro@klient.example' });
		const deleted = await del(`/clients/${id}.json`);
		expect(deleted.status).toBe(204);
		expect(deleted.bytes.length).toBe(0);
		expect((await get(`/clients/${id}.json`)).status).toBe(404);
	});

	it('requires a name and an alpha-2 country, and a NN-NNN postal code in Poland (422)', async () => {
		const answer = await post('/clients.json', { client: { first_name: 'Jan', postal_code: '00001' } });
		expect(answer.status).toBe(422);
		expect(Object.keys(answer.body.errors).sort()).toEqual(['company_name', 'country']);
		const polish = await post('/clients.json', { client: { first_name: 'Jan', last_name: 'Nowak', country: 'PL', postal_code: '00001' } });
		expect(polish.body.errors).toEqual({ postal_code: [expect.any(String)] });
		const foreign = await post('/clients.json', { client: { company_name: 'GmbH', country: 'DE', postal_code: '10115' } });
		expect(foreign.status).toBe(201);
		expect((await put(`/clients/${foreign.body.id}.json`, { client: { country: 'Niemcy' } })).status).toBe(422);
	});

	it('filters on clean_nip_eq (digits), nip_eq (as stored) and company_name_cont', async () => {
		const first = sandbox.addClient(client);
		const second = sandbox.addClient({ company_name: 'Inna Firma', nip: '1234567890', country: 'PL' });
		const ids = async (query: string) => (await get(`/clients.json?${query}`)).body.entities.map((entity: Json) => entity.id);
		expect(await ids('q[clean_nip_eq]=5260250274')).toEqual([first.id]);
		expect(await ids('q[nip_eq]=5260250274')).toEqual([]);
		expect(await ids('q[nip_eq]=1234567890')).toEqual([second.id]);
		expect(await ids('q[company_name_cont]=firma')).toEqual([second.id]);
		expect((await get('/clients.json')).body.metainfo.total_count).toBe(2);
	});
});

describe('products', () => {
	it('creates (201, the bare product) with the gross derived, reads, updates and deletes', async () => {
		const created = await post('/products.json', { product: { name: 'Konsultacja', unit_net_price: 10000, tax_symbol: '23', unit: 'godz.' } });
		expect(created.status).toBe(201);
		expect(created.body).toEqual({
			id: expect.any(Number),
			name: 'Konsultacja',
			unit_net_price: 10000,
			gross_price: 12300,
			tax_symbol: '23',
			unit: 'godz.',
			pkwiu: null,
			cn: null,
			gtu_id: null,
			discount: '0.0',
		});
		const id = created.body.id;
		expect((await get(`/products/${id}.json`)).body).toEqual(created.body);
		const updated = await put(`/products/${id}.json`, { product: { gross_price: 10800, tax_symbol: '8' } });
		expect(updated.body).toMatchObject({ unit_net_price: 10000, gross_price: 10800, tax_symbol: '8', unit: 'godz.' });
		expect((await del(`/products/${id}.json`)).status).toBe(204);
		expect((await get(`/products/${id}.json`)).status).toBe(404);
	});

	it('requires a name and whole grosze (422)', async () => {
		const answer = await post('/products.json', { product: { unit_net_price: 99.5 } });
		expect(answer.status).toBe(422);
		expect(Object.keys(answer.body.errors).sort()).toEqual(['name', 'unit_net_price']);
	});

	it('filters on name_eq and name_cont', async () => {
		const first = sandbox.addProduct({ name: 'Konsultacja' });
		const second = sandbox.addProduct({ name: 'Konsultacja zdalna' });
		const ids = async (query: string) => (await get(`/products.json?${query}`)).body.entities.map((entity: Json) => entity.id);
		expect(await ids('q[name_eq]=Konsultacja')).toEqual([first.id]);
		expect(await ids('q[name_cont]=ZDALNA')).toEqual([second.id]);
	});
});

describe('reference data and read-only kinds', () => {
	it('lists two bank accounts, one default in PLN and one in EUR, and reads one by id', async () => {
		const list = await get('/bank_accounts.json');
		expect(list.body.metainfo).toMatchObject({ count: 2, total_count: 2 });
		expect(list.body.entities.map((account: Json) => [account.currency, account.default])).toEqual([
			['PLN', true],
			['EUR', false],
		]);
		const one = list.body.entities[1];
		expect((await get(`/bank_accounts/${one.id}.json`)).body).toEqual(one);
		expect((await get('/bank_accounts/1.json')).status).toBe(404);
	});

	it('lists VAT rates whose ids are not the rate, and three exemption reasons with ids 1..3', async () => {
		const rates = (await get('/vat_rates.json')).body.entities;
		expect(rates.map((rate: Json) => rate.symbol)).toEqual(['23', '8', '5', '0', 'zw', 'np']);
		for (const rate of rates) expect(String(rate.id)).not.toBe(rate.symbol);
		expect(rates[0]).toEqual({ id: expect.any(Number), name: '23%', symbol: '23', rate: '0.23' });
		const exemptions = (await get('/vat_exemptions.json')).body.entities;
		expect(exemptions.map((exemption: Json) => exemption.id)).toEqual([1, 2, 3]);
		expect(exemptions[0].name).toBe('Art. 113 ust. 1 ustawy o VAT');
	});

	it('lists and reads corrective, margin, advance and final invoices', async () => {
		for (const kind of ['corrective_invoices', 'margin_invoices', 'advance_invoices', 'final_invoices']) {
			expect((await get(`/${kind}.json`)).body).toMatchObject({ metainfo: { count: 0, total_count: 0 }, entities: [] });
		}
		sandbox.store.otherKinds.corrective_invoices.set('c-1', { uuid: 'c-1', number: 'KOR/1/03/2026' });
		expect((await get('/corrective_invoices.json')).body.entities).toEqual([{ uuid: 'c-1', number: 'KOR/1/03/2026' }]);
		expect((await get('/corrective_invoices/c-1.json')).body.number).toBe('KOR/1/03/2026');
		expect((await get('/margin_invoices/c-1.json')).status).toBe(404);
		expect((await post('/corrective_invoices.json', { invoice: {} })).status).toBe(404);
	});
});

describe('seed helpers', () => {
	it('seed through the API rules and throw InfaktError when they fail', () => {
		expect(() => sandbox.addInvoice(invoice({ services: [] }))).toThrow(InfaktError);
		expect(() => sandbox.addClient({ company_name: 'X' })).toThrow(InfaktError);
		expect(() => sandbox.addProduct({})).toThrow(InfaktError);
		expect(sandbox.store.invoices.size + sandbox.store.clients.all().length + sandbox.store.products.all().length).toBe(0);
	});

	it('refuses options that make no sense', async () => {
		await expect(startInfaktSandbox({ today: '2026-02-30' })).rejects.toThrow('today');
		await expect(startInfaktSandbox({ pollsToFinish: -1 })).rejects.toThrow('pollsToFinish');
	});
});

describe('rate limits', () => {
	it('are off by default', async () => {
		const statuses = await Promise.all(Array.from({ length: 320 }, () => get('/vat_rates.json').then((answer) => answer.status)));
		expect(new Set(statuses)).toEqual(new Set([200]));
	});

	it('answer 429 with Retry-After past 300 GET or 150 writes per key in 60 s', async () => {
		await restart({ enforceRateLimits: true });
		const reads = await Promise.all(Array.from({ length: 300 }, () => get('/vat_rates.json').then((answer) => answer.status)));
		expect(new Set(reads)).toEqual(new Set([200]));
		const over = await get('/vat_rates.json');
		expect(over.status).toBe(429);
		expect(over.body).toEqual({ error: expect.any(String) });
		expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
		expect((await get('/vat_rates.json', { key: sandbox.readOnlyKey })).status).toBe(200);
		const writes = await Promise.all(Array.from({ length: 150 }, () => post('/products.json', { product: { name: 'P' } }).then((answer) => answer.status)));
		expect(new Set(writes)).toEqual(new Set([201]));
		expect((await post('/products.json', { product: { name: 'P' } })).status).toBe(429);
	});
});

describe('the common fault layer', () => {
	it('is in front of the service', async () => {
		sandbox.faults.inject({ path: '/api/v3/invoices.json', fault: { kind: 'status', status: 503, body: 'Service Unavailable', contentType: 'text/plain' } });
		expect((await get('/invoices.json')).status).toBe(503);
		expect((await get('/invoices.json')).status).toBe(200);
	});
});
