import { OWNER_LOGIN, OWNER_PASSWORD, startBitFakturaSandbox } from './bitfaktura';
import type { BitFakturaSandbox } from './bitfaktura';

/** The account's today in every test: period filters and numbering depend on it. */
const TODAY = '2024-03-15';

/** Response bodies are asserted field by field, as a client would read them. */
type Json = any;

interface Answer {
	status: number;
	body: Json;
	headers: Headers;
}

let sandbox: BitFakturaSandbox;

beforeEach(async () => {
	sandbox = await startBitFakturaSandbox({ today: TODAY });
});

afterEach(() => sandbox.close());

function url(path: string, query: Record<string, string | string[]> = {}): string {
	const search = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		for (const item of Array.isArray(value) ? value : [value]) search.append(key, item);
	}
	const text = search.toString();
	return `${sandbox.baseUrl}${path}${text ? `?${text}` : ''}`;
}

async function answer(response: Response): Promise<Answer> {
	const text = await response.text();
	return { status: response.status, body: text === '' ? undefined : JSON.parse(text), headers: response.headers };
}

/** A read, delete or body-less action, with the token in the query string as documented. */
async function call(method: string, path: string, query: Record<string, string | string[]> = {}): Promise<Answer> {
	return answer(await fetch(url(path, { api_token: sandbox.apiToken, ...query }), { method }));
}

const get = (path: string, query: Record<string, string | string[]> = {}) => call('GET', path, query);

/** A JSON write with the token as a top-level body key, as documented. */
async function write(method: string, path: string, body: Record<string, unknown>): Promise<Answer> {
	return answer(
		await fetch(url(path), {
			method,
			headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
			body: JSON.stringify({ api_token: sandbox.apiToken, ...body }),
		}),
	);
}

/** The create example of the API page: 10.23 gross at 23 % and 50.00 gross at 0 %. */
const SEED_EXAMPLE_INVOICE = {
	kind: 'vat',
	number: null,
	sell_date: '2024-03-15',
	issue_date: '2024-03-15',
	payment_to: '2024-03-22',
	seller_name: 'Seller SA',
	seller_tax_no: '6272616681',
	buyer_name: 'Client1 SA',
	buyer_tax_no: '6272616681',
	positions: [
		{ name: 'Produkt A1', tax: 23, total_price_gross: 10.23, quantity: 1 },
		{ name: 'Produkt A2', tax: 0, total_price_gross: 50, quantity: 2 },
	],
};

function invoiceWithGross(gross: string, extra: Record<string, unknown> = {}) {
	return sandbox.addInvoice({
		buyer_name: 'Buyer LLC',
		positions: [{ name: 'Service', tax: 0, total_price_gross: gross, quantity: 1 }],
		...extra,
	});
}

describe('authentication', () => {
	it('refuses a read without a token with the documented 401 body', async () => {
		const response = await answer(await fetch(url('/invoices.json')));
		expect(response.status).toBe(401);
		expect(response.body).toEqual({ code: 'error', message: 'You must be logged in to gain access to the site' });
	});

	it('refuses a wrong token', async () => {
		const response = await answer(await fetch(url('/clients.json', { api_token: 'nope' })));
		expect(response.status).toBe(401);
	});

	it('does not accept a token nested inside the resource wrapper', async () => {
		const response = await answer(
			await fetch(url('/clients.json'), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ client: { name: 'X', api_token: sandbox.apiToken } }),
			}),
		);
		expect(response.status).toBe(401);
		expect(sandbox.store.clients.all()).toHaveLength(0);
	});

	it('accepts the token in the query string of a JSON write, as the Rails app merges params', async () => {
		const response = await answer(
			await fetch(url('/clients.json', { api_token: sandbox.apiToken }), {
				method: 'POST',
				headers: { 'Content-Type': 'application/json' },
				body: JSON.stringify({ client: { name: 'Query Token Ltd' } }),
			}),
		);
		expect(response.status).toBe(201);
	});

	it('records the request on the wire before handling it', async () => {
		await write('POST', '/clients.json', { client: { name: 'Wire Ltd' } });
		const [request] = sandbox.requests;
		expect(request).toMatchObject({
			method: 'POST',
			path: '/clients.json',
			contentType: 'application/json',
			body: { api_token: sandbox.apiToken, client: { name: 'Wire Ltd' } },
		});
	});
});

describe('routing', () => {
	it('answers 404 Not Found to an unknown path, token or not', async () => {
		expect(await answer(await fetch(url('/nothing.json')))).toMatchObject({
			status: 404,
			body: { code: 'error', message: 'Not Found' },
		});
	});

	it('answers 404 to a known path with a method it does not route', async () => {
		const invoice = invoiceWithGross('10');
		expect((await call('PATCH', `/invoices/${invoice.id}.json`)).status).toBe(404);
		expect((await call('POST', `/invoices/${invoice.id}.json`)).status).toBe(404);
	});

	it('answers 404 to an unknown id, and to an id of another resource', async () => {
		const client = sandbox.addClient({ name: 'Somebody' });
		expect(await get('/invoices/999.json')).toMatchObject({ status: 404, body: { code: 'error', message: 'Not Found' } });
		expect((await get(`/invoices/${client.id}.json`)).status).toBe(404);
	});

	it('refuses a write without its resource wrapper with 400', async () => {
		const response = await write('POST', '/clients.json', { name: 'No Wrapper' });
		expect(response.status).toBe(400);
		expect(response.body.code).toBe('error');
	});

	it('refuses a write that is not JSON', async () => {
		const response = await fetch(url('/clients.json', { api_token: sandbox.apiToken }), {
			method: 'POST',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: 'client[name]=Form',
		});
		expect(response.status).toBe(400);
	});

	it('answers 400 to a malformed JSON body', async () => {
		const response = await fetch(url('/clients.json'), {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body: '{"api_token": ',
		});
		expect(response.status).toBe(400);
	});
});

describe('invoice create', () => {
	it('answers 201 with the full object, totals computed in cents, and no positions', async () => {
		const response = await write('POST', '/invoices.json', { invoice: SEED_EXAMPLE_INVOICE });
		expect(response.status).toBe(201);
		const invoice = response.body;
		expect(invoice).toMatchObject({
			number: '1/03/2024',
			kind: 'vat',
			status: 'issued',
			income: true,
			issue_date: '2024-03-15',
			price_net: '58.32',
			price_tax: '1.91',
			price_gross: '60.23',
			paid: '0.00',
			cancelled: false,
		});
		expect(Number.isInteger(invoice.id)).toBe(true);
		expect(invoice.token).toMatch(/^[A-Za-z0-9]{19}$/);
		expect(invoice.view_url).toBe(`${sandbox.baseUrl}/f/1-03-2024/${invoice.token}`);
		expect(invoice).not.toHaveProperty('positions');
	});

	it('answers GET with positions that have ids and string amounts', async () => {
		const created = (await write('POST', '/invoices.json', { invoice: SEED_EXAMPLE_INVOICE })).body;
		const invoice = (await get(`/invoices/${created.id}.json`)).body;
		expect(invoice.positions).toHaveLength(2);
		expect(invoice.positions[0]).toMatchObject({
			invoice_id: created.id,
			name: 'Produkt A1',
			quantity: '1.0',
			tax: '23',
			price_net: '8.32',
			price_gross: '10.23',
			total_price_net: '8.32',
			total_price_tax: '1.91',
			total_price_gross: '10.23',
		});
		expect(invoice.positions[1]).toMatchObject({ quantity: '2.0', price_gross: '25.00', total_price_gross: '50.00' });
		expect(Number.isInteger(invoice.positions[0].id)).toBe(true);
	});

	it('numbers per kind and month, and keeps an explicit number', async () => {
		const numberOf = async (invoice: Record<string, unknown>) =>
			(await write('POST', '/invoices.json', { invoice: { buyer_name: 'B', ...invoice } })).body.number;
		expect(await numberOf({})).toBe('1/03/2024');
		expect(await numberOf({ number: null })).toBe('2/03/2024');
		expect(await numberOf({ kind: 'proforma' })).toBe('1/03/2024');
		expect(await numberOf({ issue_date: '2024-02-10' })).toBe('1/02/2024');
		expect(await numberOf({ number: 'FV/777' })).toBe('FV/777');
		expect(await numberOf({})).toBe('3/03/2024');
	});

	it('applies the defaults of a minimal invoice for an existing client and product (API page)', async () => {
		const client = sandbox.addClient({ name: 'Client One', tax_no: '123', email: 'one@example.com' });
		const product = sandbox.addProduct({ name: 'Widget', price_net: '100', tax: '20' });
		const response = await write('POST', '/invoices.json', {
			invoice: { payment_to_kind: 5, client_id: client.id, positions: [{ product_id: product.id, quantity: 2 }] },
		});
		expect(response.status).toBe(201);
		expect(response.body).toMatchObject({
			kind: 'vat',
			issue_date: TODAY,
			payment_to: '2024-03-20',
			buyer_name: 'Client One',
			buyer_email: 'one@example.com',
			client_id: client.id,
			department_id: 1,
			seller_name: 'Sandbox Seller LLC',
			price_net: '200.00',
			price_tax: '40.00',
			price_gross: '240.00',
		});
	});

	it('computes gross from a net price, no tax for zw and np, and both kinds of discount', async () => {
		const response = await write('POST', '/invoices.json', {
			invoice: {
				buyer_name: 'B',
				positions: [
					{ name: 'Net priced', tax: 23, price_net: '10.00', quantity: 3 },
					{ name: 'Exempt', tax: 'zw', price_net: '5.00', quantity: 1 },
					{ name: 'Not subject', tax: 'np', total_price_gross: '7.00', quantity: 1 },
					{ name: 'Percent off', tax: 23, total_price_gross: 10.23, quantity: 1, discount_percent: 50 },
					{ name: 'Amount off', tax: 0, total_price_gross: 50, quantity: 2, discount: 25 },
				],
			},
		});
		const positions = (await get(`/invoices/${response.body.id}.json`)).body.positions;
		expect(positions.map((position: Json) => [position.tax, position.total_price_net, position.total_price_gross])).toEqual([
			['23', '30.00', '36.90'],
			['zw', '5.00', '5.00'],
			['np', '7.00', '7.00'],
			['23', '4.16', '5.12'],
			['0', '25.00', '25.00'],
		]);
		expect(response.body.price_gross).toBe('79.02');
	});

	it('links the buyer to a matching client card, or creates one (Fakturownia README)', async () => {
		const existing = sandbox.addClient({ name: 'Known Buyer', tax_no: '555-01' });
		const matched = await write('POST', '/invoices.json', { invoice: { buyer_name: 'Other spelling', buyer_tax_no: '55501' } });
		expect(matched.body.client_id).toBe(existing.id);
		const created = await write('POST', '/invoices.json', { invoice: { buyer_name: 'New Buyer' } });
		expect(sandbox.store.clients.find(created.body.client_id)?.name).toBe('New Buyer');
	});
});

describe('invoice validation', () => {
	async function errorsOf(invoice: Record<string, unknown>): Promise<Json> {
		const response = await write('POST', '/invoices.json', { invoice });
		expect(response.status).toBe(422);
		expect(response.body.code).toBe('error');
		return response.body.message;
	}

	it('requires a buyer unless a client is given (PHP client live tests)', async () => {
		expect(Object.keys(await errorsOf({ kind: 'vat' }))).toEqual(['buyer_name']);
	});

	it('refuses a client_id that does not exist', async () => {
		expect(await errorsOf({ client_id: 424242 })).toHaveProperty('client');
	});

	it('refuses unknown kind and status and malformed dates', async () => {
		const errors = await errorsOf({
			buyer_name: 'B',
			kind: 'invoice',
			status: 'draft',
			issue_date: '15.03.2024',
			payment_to: '2024-02-30',
			sell_date: '2024-13',
		});
		expect(Object.keys(errors).sort()).toEqual(['issue_date', 'kind', 'payment_to', 'sell_date', 'status']);
	});

	it('accepts any payment_type text', async () => {
		const response = await write('POST', '/invoices.json', { invoice: { buyer_name: 'B', payment_type: 'crypto beans' } });
		expect(response.status).toBe(201);
		expect(response.body.payment_type).toBe('crypto beans');
	});

	it('checks every position: name or product, quantity, existing product', async () => {
		const errors = await errorsOf({
			buyer_name: 'B',
			positions: [{ tax: 23, total_price_gross: 1 }, { name: 'x', quantity: 'lots' }, { product_id: 1, quantity: 1 }],
		});
		expect(errors).toEqual({
			'positions.name': ["can't be blank"],
			'positions.quantity': ["can't be blank", 'is not a number'],
			'positions.product': ['must exist'],
		});
	});

	it('refuses a second invoice with the same oid when oid_unique is yes', async () => {
		await write('POST', '/invoices.json', { invoice: { buyer_name: 'B', oid: 'order-1' } });
		const again = await write('POST', '/invoices.json', { invoice: { buyer_name: 'B', oid: 'order-1' } });
		expect(again.status).toBe(201);
		expect(await errorsOf({ buyer_name: 'B', oid: 'order-1', oid_unique: 'yes' })).toEqual({
			oid: ['has already been taken'],
		});
	});
});

describe('lists and pagination', () => {
	it('returns a bare array of 25 by default, then the rest, then an empty page', async () => {
		for (let index = 1; index <= 30; index += 1) sandbox.addClient({ name: `Client ${index}` });
		const first = await get('/clients.json');
		expect(Array.isArray(first.body)).toBe(true);
		expect(first.body).toHaveLength(25);
		expect((await get('/clients.json', { page: '2' })).body.map((client: Json) => client.name)).toEqual([
			'Client 26',
			'Client 27',
			'Client 28',
			'Client 29',
			'Client 30',
		]);
		expect((await get('/clients.json', { page: '3' })).body).toEqual([]);
	});

	it('caps per_page at 100', async () => {
		for (let index = 1; index <= 105; index += 1) sandbox.addCategory({ name: `Category ${index}` });
		expect((await get('/categories.json', { per_page: '500' })).body).toHaveLength(100);
		expect((await get('/categories.json', { per_page: '100', page: '2' })).body).toHaveLength(5);
	});

	it('filters clients by the documented parameters', async () => {
		sandbox.addClient({ name: 'Alpha Trade', email: 'a@example.com', tax_no: '111-222', external_id: 'ext-1' });
		sandbox.addClient({ name: 'Beta Works', shortcut: 'BW', email: 'b@example.com' });
		const names = async (query: Record<string, string>) =>
			(await get('/clients.json', query)).body.map((client: Json) => client.name);
		expect(await names({ name: 'alpha' })).toEqual(['Alpha Trade']);
		expect(await names({ email: 'b@example.com' })).toEqual(['Beta Works']);
		expect(await names({ tax_no: '111222' })).toEqual(['Alpha Trade']);
		expect(await names({ external_id: 'ext-1' })).toEqual(['Alpha Trade']);
		expect(await names({ shortcut: 'BW' })).toEqual(['Beta Works']);
	});
});

describe('invoice list', () => {
	function seedDatedInvoices() {
		return {
			thisMonth: invoiceWithGross('1', { issue_date: '2024-03-01' }),
			lastMonth: invoiceWithGross('2', { issue_date: '2024-02-10' }),
			lastYear: invoiceWithGross('3', { issue_date: '2023-06-01' }),
			old: invoiceWithGross('4', { issue_date: '2022-01-20' }),
		};
	}

	async function idsOf(query: Record<string, string | string[]>): Promise<number[]> {
		return (await get('/invoices.json', query)).body.map((invoice: Json) => invoice.id);
	}

	it('defaults to the last 12 months and honours each period', async () => {
		const seeded = seedDatedInvoices();
		const { thisMonth, lastMonth, lastYear, old } = seeded;
		expect(await idsOf({})).toEqual([thisMonth.id, lastMonth.id, lastYear.id]);
		expect(await idsOf({ period: 'this_month' })).toEqual([thisMonth.id]);
		expect(await idsOf({ period: 'last_month' })).toEqual([lastMonth.id]);
		expect(await idsOf({ period: 'last_30_days' })).toEqual([thisMonth.id]);
		expect(await idsOf({ period: 'this_year' })).toEqual([thisMonth.id, lastMonth.id]);
		expect(await idsOf({ period: 'last_year' })).toEqual([lastYear.id]);
		expect(await idsOf({ period: 'all' })).toEqual([thisMonth.id, lastMonth.id, lastYear.id, old.id]);
	});

	it('ignores date_from and date_to unless period=more', async () => {
		const { thisMonth, lastMonth, lastYear, old } = seedDatedInvoices();
		const range = { date_from: '2022-01-01', date_to: '2022-12-31' };
		expect(await idsOf(range)).toEqual([thisMonth.id, lastMonth.id, lastYear.id]);
		expect(await idsOf({ ...range, period: 'more' })).toEqual([old.id]);
	});

	it('filters on another date column with search_date_type', async () => {
		const paid = invoiceWithGross('5', { issue_date: '2022-05-05', paid_date: '2024-03-02' });
		invoiceWithGross('6', { issue_date: '2024-03-02' });
		expect(await idsOf({ period: 'this_month', search_date_type: 'paid_date' })).toEqual([paid.id]);
	});

	it('lists rows without positions unless include_positions=true', async () => {
		invoiceWithGross('10');
		expect((await get('/invoices.json')).body[0]).not.toHaveProperty('positions');
		const [row] = (await get('/invoices.json', { include_positions: 'true' })).body;
		expect(row.positions).toHaveLength(1);
	});

	it('filters by kind, kinds[], client, number, ids, oid, links and income', async () => {
		const client = sandbox.addClient({ name: 'Filter Client' });
		const vat = invoiceWithGross('1', { client_id: client.id, oid: 'A-1' });
		const proforma = invoiceWithGross('2', { kind: 'proforma' });
		const bill = invoiceWithGross('3', { kind: 'bill', number: 'B/9', from_invoice_id: proforma.id, invoice_id: vat.id });
		const cost = invoiceWithGross('4', { income: false, seller_name: 'Supplier' });
		expect(await idsOf({ kind: 'proforma' })).toEqual([proforma.id]);
		expect(await idsOf({ 'kinds[]': ['proforma', 'bill'] })).toEqual([proforma.id, bill.id]);
		expect(await idsOf({ client_id: String(client.id) })).toEqual([vat.id]);
		expect(await idsOf({ number: 'B/9' })).toEqual([bill.id]);
		expect(await idsOf({ invoice_ids: `${vat.id},${bill.id}` })).toEqual([vat.id, bill.id]);
		expect(await idsOf({ oid: 'A-1' })).toEqual([vat.id]);
		expect(await idsOf({ from_invoice_id: String(proforma.id) })).toEqual([bill.id]);
		expect(await idsOf({ invoice_id: String(vat.id) })).toEqual([bill.id]);
		expect(await idsOf({ income: 'no' })).toEqual([cost.id]);
	});

	it('orders by a column, descending with .desc', async () => {
		const small = invoiceWithGross('2.00');
		const large = invoiceWithGross('10.00');
		const middle = invoiceWithGross('5.00');
		expect(await idsOf({ order: 'price_gross' })).toEqual([small.id, middle.id, large.id]);
		expect(await idsOf({ order: 'price_gross.desc' })).toEqual([large.id, middle.id, small.id]);
	});
});

describe('invoice update and delete', () => {
	it('edits positions by id, removes them with _destroy, appends the rest, and recomputes totals', async () => {
		const invoice = sandbox.addInvoice({
			buyer_name: 'B',
			positions: [
				{ name: 'Keep', tax: 0, price_net: '10', quantity: 1 },
				{ name: 'Drop', tax: 0, price_net: '20', quantity: 1 },
			],
		});
		const [keep, drop] = invoice.positions;
		const response = await write('PUT', `/invoices/${invoice.id}.json`, {
			invoice: {
				buyer_name: 'New buyer name SA',
				positions: [
					{ id: keep?.id, quantity: 3 },
					{ id: drop?.id, _destroy: 1 },
					{ name: 'Added', tax: 23, price_net: '100', quantity: 1 },
				],
			},
		});
		expect(response.status).toBe(200);
		expect(response.body).toMatchObject({
			buyer_name: 'New buyer name SA',
			price_net: '130.00',
			price_tax: '23.00',
			price_gross: '153.00',
		});
		const positions = (await get(`/invoices/${invoice.id}.json`)).body.positions;
		expect(positions.map((position: Json) => [position.name, position.quantity, position.total_price_gross])).toEqual([
			['Keep', '3.0', '30.00'],
			['Added', '1.0', '123.00'],
		]);
		expect(positions[0].id).toBe(keep?.id);
	});

	it('answers 404 for a position id that is not on the invoice, and changes nothing', async () => {
		const invoice = invoiceWithGross('10');
		const response = await write('PUT', `/invoices/${invoice.id}.json`, {
			invoice: { buyer_name: 'Changed', positions: [{ id: 1, quantity: 2 }] },
		});
		expect(response.status).toBe(404);
		expect(sandbox.store.invoices.find(invoice.id)?.buyer_name).toBe('Buyer LLC');
	});

	it('validates an update like a create', async () => {
		const invoice = invoiceWithGross('10');
		const response = await write('PUT', `/invoices/${invoice.id}.json`, { invoice: { kind: 'nonsense' } });
		expect(response.status).toBe(422);
		expect(response.body.message).toHaveProperty('kind');
	});

	it('deletes with 200 and then answers 404', async () => {
		const invoice = invoiceWithGross('10');
		const deleted = await call('DELETE', `/invoices/${invoice.id}.json`);
		expect(deleted.status).toBe(200);
		expect((await get(`/invoices/${invoice.id}.json`)).status).toBe(404);
	});
});

describe('invoice actions', () => {
	it('reports a missing buyer e-mail inside a 200 answer', async () => {
		const invoice = invoiceWithGross('10');
		const response = await call('POST', `/invoices/${invoice.id}/send_by_email.json`);
		expect(response.status).toBe(200);
		expect(response.body).toEqual({ status: 'error', message: 'Buyer e-mail is missing' });
		expect(sandbox.emails).toHaveLength(0);
	});

	it('refuses more than five email_to addresses inside a 200 answer', async () => {
		const invoice = invoiceWithGross('10');
		const emailTo = ['a', 'b', 'c', 'd', 'e', 'f'].map((name) => `${name}@example.com`).join(',');
		const response = await call('POST', `/invoices/${invoice.id}/send_by_email.json`, { email_to: emailTo });
		expect(response).toMatchObject({ status: 200, body: { status: 'error' } });
	});

	it('sends to the buyer, records the e-mail and marks the invoice sent', async () => {
		const invoice = invoiceWithGross('10', { buyer_email: 'buyer@example.com' });
		const response = await call('POST', `/invoices/${invoice.id}/send_by_email.json`, {
			email_cc: 'boss@example.com',
			email_pdf: 'true',
			print_option: 'copy',
		});
		expect(response.body).toEqual({ status: 'ok' });
		expect(sandbox.emails).toEqual([
			expect.objectContaining({
				invoiceId: invoice.id,
				to: ['buyer@example.com'],
				cc: ['boss@example.com'],
				attachPdf: true,
				printOption: 'copy',
			}),
		]);
		const sent = (await get(`/invoices/${invoice.id}.json`)).body;
		expect(sent.status).toBe('sent');
		expect(sent.sent_time).not.toBeNull();
	});

	it('sends to email_to and can store it as the buyer e-mail', async () => {
		const invoice = invoiceWithGross('10');
		await call('POST', `/invoices/${invoice.id}/send_by_email.json`, {
			email_to: 'x@example.com, y@example.com',
			update_buyer_email: 'true',
		});
		expect(sandbox.emails[0]?.to).toEqual(['x@example.com', 'y@example.com']);
		expect(sandbox.store.invoices.find(invoice.id)?.buyer_email).toBe('x@example.com, y@example.com');
	});

	it('changes the status from the query, and refuses an unknown one with 422', async () => {
		const invoice = invoiceWithGross('10');
		expect(await call('POST', `/invoices/${invoice.id}/change_status.json`, { status: 'paid' })).toMatchObject({
			status: 200,
			body: { code: 'success' },
		});
		expect(sandbox.store.invoices.find(invoice.id)?.status).toBe('paid');
		const refused = await call('POST', `/invoices/${invoice.id}/change_status.json`, { status: 'archived' });
		expect(refused.status).toBe(422);
		expect(refused.body.message).toHaveProperty('status');
	});

	it('cancels an invoice with a reason, and answers 404 for an unknown one', async () => {
		const invoice = invoiceWithGross('10');
		const response = await write('POST', '/invoices/cancel.json', { cancel_invoice_id: invoice.id, cancel_reason: 'Duplicate' });
		expect(response).toMatchObject({ status: 200, body: { code: 'success' } });
		expect((await get(`/invoices/${invoice.id}.json`)).body).toMatchObject({ cancelled: true, cancel_reason: 'Duplicate' });
		expect((await write('POST', '/invoices/cancel.json', { cancel_invoice_id: 1 })).status).toBe(404);
	});

	it('serves the PDF with the number and the print option', async () => {
		const invoice = invoiceWithGross('10');
		const response = await fetch(url(`/invoices/${invoice.id}.pdf`, { api_token: sandbox.apiToken, print_option: 'duplicate' }));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(response.headers.get('content-disposition')).toBe('inline; filename="1_03_2024.pdf"');
		const pdf = Buffer.from(await response.arrayBuffer()).toString('latin1');
		expect(pdf.startsWith('%PDF-')).toBe(true);
		expect(pdf).toContain('Invoice 1/03/2024');
		expect(pdf).toContain('Print option: duplicate');
		expect(pdf.trimEnd().endsWith('%%EOF')).toBe(true);
	});

	it('requires the token for the PDF too', async () => {
		const invoice = invoiceWithGross('10');
		expect((await fetch(url(`/invoices/${invoice.id}.pdf`))).status).toBe(401);
	});
});

describe('payments', () => {
	it('pays the invoices in order, the first fully and the next partially', async () => {
		const first = invoiceWithGross('100.00');
		const second = invoiceWithGross('50.00');
		const response = await write('POST', '/banking/payments.json', {
			banking_payment: { name: 'Payment 001', price: 120, invoice_ids: [first.id, second.id], paid: true, kind: 'api' },
		});
		expect(response.status).toBe(201);
		expect(response.body).toMatchObject({ name: 'Payment 001', price: '120.00', invoice_ids: [first.id, second.id] });
		expect((await get(`/invoices/${first.id}.json`)).body).toMatchObject({ paid: '100.00', status: 'paid', paid_date: TODAY });
		expect((await get(`/invoices/${second.id}.json`)).body).toMatchObject({ paid: '20.00', status: 'partial' });
	});

	it('reads a payment on the singular and the plural path, with invoices on request', async () => {
		const invoice = invoiceWithGross('30.00');
		const payment = sandbox.addPayment({ name: 'P', price: '30', invoice_id: invoice.id });
		expect((await get(`/banking/payment/${payment.id}.json`)).body.id).toBe(payment.id);
		expect((await get(`/banking/payments/${payment.id}.json`)).body).not.toHaveProperty('invoices');
		const [listed] = (await get('/banking/payments.json', { include: 'invoices' })).body;
		expect(listed.invoices.map((linked: Json) => [linked.id, linked.status])).toEqual([[invoice.id, 'paid']]);
	});

	it('updates with PATCH (PUT is not routed) and re-pays the invoices', async () => {
		const invoice = invoiceWithGross('100.00');
		const payment = sandbox.addPayment({ name: 'P', price: '40', invoice_id: invoice.id });
		expect(sandbox.store.invoices.find(invoice.id)?.paid).toBe('40.00');
		expect((await write('PUT', `/banking/payments/${payment.id}.json`, { banking_payment: { price: 100 } })).status).toBe(404);
		const patched = await write('PATCH', `/banking/payments/${payment.id}.json`, { banking_payment: { price: 100 } });
		expect(patched).toMatchObject({ status: 200, body: { price: '100.00' } });
		expect(sandbox.store.invoices.find(invoice.id)).toMatchObject({ paid: '100.00', status: 'paid' });
	});

	it('takes the payment back from the invoices when deleted', async () => {
		const invoice = invoiceWithGross('100.00');
		const payment = sandbox.addPayment({ name: 'P', price: '100', invoice_id: invoice.id });
		expect((await call('DELETE', `/banking/payments/${payment.id}.json`)).status).toBe(200);
		expect(sandbox.store.invoices.find(invoice.id)).toMatchObject({ paid: '0.00', status: 'issued', paid_date: null });
		expect((await get(`/banking/payment/${payment.id}.json`)).status).toBe(404);
	});

	it('requires a name and a price, and existing invoices', async () => {
		const response = await write('POST', '/banking/payments.json', { banking_payment: { invoice_id: 999 } });
		expect(response.status).toBe(422);
		expect(Object.keys(response.body.message).sort()).toEqual(['invoice', 'name', 'price']);
	});
});

describe('warehouses and stock', () => {
	it('moves stock with pz, wz and mm documents, and shows it per warehouse on products', async () => {
		const main = (await write('POST', '/warehouses.json', { warehouse: { name: 'Main', kind: null, description: null } })).body;
		const shop = sandbox.addWarehouse({ name: 'Shop' });
		const received = await write('POST', '/warehouse_documents.json', {
			warehouse_document: {
				kind: 'pz',
				number: null,
				warehouse_id: String(main.id),
				issue_date: '2024-03-10',
				warehouse_actions: [{ product_name: 'Produkt A1', purchase_tax: 23, purchase_price_net: 10.23, quantity: 10 }],
			},
		});
		expect(received.status).toBe(201);
		expect(received.body.number).toBe('1/03/2024');
		const product = sandbox.store.products.all().find((candidate) => candidate.name === 'Produkt A1');
		expect(product).toBeDefined();
		const productId = String(product?.id);
		await write('POST', '/warehouse_documents.json', {
			warehouse_document: { kind: 'wz', warehouse_id: main.id, warehouse_actions: [{ product_id: productId, quantity: 3 }] },
		});
		const moved = await write('POST', '/warehouse_documents.json', {
			warehouse_document: {
				kind: 'mm',
				warehouse_id: main.id,
				warehouse_actions: [{ product_id: productId, quantity: 2, warehouse2_id: shop.id }],
			},
		});
		expect(moved.status).toBe(201);
		const stockIn = async (warehouseId: number) =>
			(await get(`/products/${productId}.json`, { warehouse_id: String(warehouseId) })).body.stock_level;
		expect(await stockIn(main.id)).toBe('5.0');
		expect(await stockIn(shop.id)).toBe('2.0');
		const [listed] = (await get('/products.json', { warehouse_id: String(shop.id) })).body;
		expect(listed.stock_level).toBe('2.0');

		expect((await call('DELETE', `/warehouse_documents/${moved.body.id}.json`)).status).toBe(200);
		expect(await stockIn(main.id)).toBe('7.0');
		expect(await stockIn(shop.id)).toBe('0.0');
	});

	it('re-applies stock when a document is edited', async () => {
		const warehouse = sandbox.addWarehouse({ name: 'Main' });
		const product = sandbox.addProduct({ name: 'Bolt', price_net: '1' });
		const document = sandbox.addWarehouseDocument({
			kind: 'pz',
			warehouse_id: warehouse.id,
			warehouse_actions: [{ product_id: product.id, quantity: 4 }],
		});
		const [action] = document.warehouse_actions;
		const response = await write('PUT', `/warehouse_documents/${document.id}.json`, {
			warehouse_document: { warehouse_actions: [{ id: action?.id, quantity: 9 }] },
		});
		expect(response.status).toBe(200);
		expect(sandbox.store.stock.level(warehouse.id, product.id)).toBe(90000n);
	});

	it('validates kind, warehouse and the mm target', async () => {
		const warehouse = sandbox.addWarehouse({ name: 'Main' });
		const product = sandbox.addProduct({ name: 'Bolt' });
		const errorsOf = async (document: Record<string, unknown>) =>
			(await write('POST', '/warehouse_documents.json', { warehouse_document: document })).body.message;
		expect(await errorsOf({ kind: 'xx', warehouse_id: 999 })).toEqual({
			kind: ['is not included in the list'],
			warehouse: ['must exist'],
		});
		expect(
			await errorsOf({ kind: 'mm', warehouse_id: warehouse.id, warehouse_actions: [{ product_id: product.id, quantity: 1 }] }),
		).toEqual({ 'warehouse_actions.warehouse2_id': ["can't be blank"] });
		expect(await errorsOf({ kind: 'pz', warehouse_id: warehouse.id, warehouse_actions: [{ quantity: 1 }] })).toEqual({
			'warehouse_actions.product': ['must exist'],
		});
	});

	it('serves categories and warehouses as plain CRUD', async () => {
		const created = await write('POST', '/categories.json', { category: { name: 'my_category', description: null } });
		expect(created.status).toBe(201);
		const path = `/categories/${created.body.id}.json`;
		expect((await write('PUT', path, { category: { name: 'renamed' } })).body.name).toBe('renamed');
		expect((await get(path)).body.name).toBe('renamed');
		expect((await write('POST', '/categories.json', { category: { description: 'x' } })).body.message).toEqual({
			name: ["can't be blank"],
		});
		expect((await call('DELETE', path)).status).toBe(200);
		expect((await get(path)).status).toBe(404);
		expect((await write('POST', '/warehouses.json', { warehouse: { kind: 'x' } })).status).toBe(422);
	});
});

describe('products', () => {
	it('derives the gross price from the net one, and the net from the gross one on update', async () => {
		const created = await write('POST', '/products.json', { product: { name: 'PoroductAA', code: 'A001', price_net: '100', tax: '23' } });
		expect(created.body).toMatchObject({ price_net: '100.00', price_gross: '123.00', tax: '23' });
		const updated = await write('PUT', `/products/${created.body.id}.json`, {
			product: { name: 'PoroductAA2', code: 'A0012', price_gross: '102', price_net: '1' },
		});
		expect(updated.body).toMatchObject({ name: 'PoroductAA2', price_gross: '102.00', price_net: '82.93' });
	});

	it('deletes a product with 200 "ok" (PHP client live tests)', async () => {
		const product = sandbox.addProduct({ name: 'Gone' });
		expect(await call('DELETE', `/products/${product.id}.json`)).toMatchObject({ status: 200, body: 'ok' });
	});
});

describe('departments', () => {
	it('starts with the main department', async () => {
		const departments = (await get('/departments.json')).body;
		expect(departments).toEqual([expect.objectContaining({ id: 1, main: true })]);
	});

	it('takes a logo as multipart department[logo] with the token as a form field (API page)', async () => {
		const form = new FormData();
		form.append('api_token', sandbox.apiToken);
		form.append('department[logo]', new Blob([Buffer.from('\x89PNG-bytes', 'latin1')], { type: 'image/png' }), 'logo.png');
		const response = await answer(await fetch(url('/departments/1.json'), { method: 'PUT', body: form }));
		expect(response.status).toBe(200);
		expect(response.body.logo_url).toBe(`${sandbox.baseUrl}/system/logos/1/logo.png`);
		const logo = sandbox.store.logos.get(1);
		expect(logo?.fileName).toBe('logo.png');
		expect(logo?.contentType).toBe('image/png');
		expect(logo?.data.toString('latin1')).toBe('\x89PNG-bytes');
	});

	it('needs the token for a multipart upload too', async () => {
		const form = new FormData();
		form.append('department[logo]', new Blob(['x']), 'logo.png');
		expect((await fetch(url('/departments/1.json'), { method: 'PUT', body: form })).status).toBe(401);
	});

	it('updates with JSON too, and creates more departments', async () => {
		expect((await write('PUT', '/departments/1.json', { department: { name: 'Renamed LLC' } })).body.name).toBe('Renamed LLC');
		const created = await write('POST', '/departments.json', { department: { name: 'Branch', shortcut: 'BR', tax_no: '1' } });
		expect(created).toMatchObject({ status: 201, body: { name: 'Branch', main: false } });
	});
});

describe('account and partner calls', () => {
	it('describes the account to its api_token', async () => {
		const response = await get('/account.json', { integration_token: sandbox.integrationToken });
		expect(response).toMatchObject({ status: 200, body: { prefix: 'sandbox', url: sandbox.baseUrl } });
		expect((await answer(await fetch(url('/account.json')))).status).toBe(401);
	});

	it('logs a known user in and refuses a wrong password', async () => {
		const login = async (password: string) =>
			answer(
				await fetch(url('/login.json'), {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify({ login: OWNER_LOGIN, password, integration_token: sandbox.integrationToken }),
				}),
			);
		expect((await login(OWNER_PASSWORD)).body).toEqual({
			login: OWNER_LOGIN,
			email: OWNER_LOGIN,
			prefix: 'sandbox',
			url: sandbox.baseUrl,
			first_name: 'Sandbox',
			last_name: 'Owner',
			api_token: sandbox.apiToken,
		});
		expect((await login('wrong')).status).toBe(401);
	});

	it('creates users and accounts only with the integration token', async () => {
		const post = async (path: string, body: Record<string, unknown>) =>
			answer(
				await fetch(url(path), {
					method: 'POST',
					headers: { 'Content-Type': 'application/json' },
					body: JSON.stringify(body),
				}),
			);
		const user = { user: { email: 'new@example.com', password: 'secret' } };
		expect((await post('/users.json', { ...user, integration_token: 'wrong' })).status).toBe(401);
		expect(await post('/users.json', { ...user, integration_token: sandbox.integrationToken })).toMatchObject({
			status: 201,
			body: { email: 'new@example.com' },
		});
		const account = await post('/account.json', {
			api_token: sandbox.apiToken,
			account: { prefix: 'sandbox' },
			user: { login: 'login1', email: 'email1@example.com', password: 'password1' },
			integration_token: sandbox.integrationToken,
		});
		expect(account.status).toBe(201);
		expect(account.body).toMatchObject({ prefix: 'sandbox2', login: 'login1', email: 'email1@example.com' });
		expect(account.body.api_token).toEqual(expect.any(String));
		expect((await post('/account.json', { account: { prefix: 'x' } })).status).toBe(401);
	});
});

describe('isolation', () => {
	it('keeps each sandbox state apart', async () => {
		const other = await startBitFakturaSandbox({ apiToken: 'other-token' });
		try {
			sandbox.addClient({ name: 'Only here' });
			expect(other.store.clients.all()).toHaveLength(0);
			expect(other.apiToken).toBe('other-token');
			expect((await answer(await fetch(`${other.baseUrl}/clients.json?api_token=${sandbox.apiToken}`))).status).toBe(401);
		} finally {
			await other.close();
		}
	});
});
