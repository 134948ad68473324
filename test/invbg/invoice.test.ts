import { bodyOf, byId, createParameters, invoiceFields, lastRequest, line, useInvBg } from './context';

const inv = useInvBg({ today: '2026-02-10' });

jest.setTimeout(30_000);

/** The requests since `before`, without the login each execution starts with. */
const apiCalls = (before: number) => inv.sandbox.requests.slice(before).filter((request) => request.path !== '/v3/login/token');

const invoiceParameters = (operation: string, extra = {}) => ({ apiVersion: 'v3', resource: 'invoice', operation, ...extra });

describe('inv.bg invoices (API v3)', () => {
	test('Create sends the canonical input under v3\'s names with JSON decimals and the bearer, then reads the invoice back', async () => {
		const before = inv.sandbox.requests.length;
		const [output] = await inv.json(
			createParameters({
				lineItems: { item: [line({ quantity: '1.5', unitNetPrice: '80,10' }), line({ name: 'Пътни', quantity: '1', unit: 'бр.', unitNetPrice: '20' })] },
				additionalFields: { issueDate: '2026-02-10', eventDate: '2026-02-09', dueDate: '2026-02-24', notes: 'Бележка', orderNumber: 'PO-1', discountType: 'amount', discountValue: '5', isDraft: false },
				bankAccount: byId(2),
			}),
		);
		const sent = lastRequest(inv.sandbox, 'POST', 'invoices');
		expect(sent.headers.authorization).toMatch(/^Bearer \S+\.\S+\.\S+$/);
		expect(sent.headers['accept-language']).toBe('bg');
		expect(sent.headers['content-type']).toMatch(/^application\/json/);
		expect(bodyOf(sent)).toEqual({
			type: 'dan',
			to_name: 'Клиент ООД',
			to_town: 'София',
			to_address: 'ул. Витоша 1',
			to_country: 'BG',
			to_bulstat: '123456789',
			to_is_reg_vat: false,
			is_to_person: false,
			date_create: '2026-02-10',
			date_event: '2026-02-09',
			date_mature: '2026-02-24',
			payment_method: 'bank',
			payment_currency: 'EUR',
			vat: { percent: 20, reason_without: null },
			items_with_vat: 0,
			items: [
				{ name: 'Консултация', quantity: 1.5, quantity_unit: 'час', price: 80.1 },
				{ name: 'Пътни', quantity: 1, quantity_unit: 'бр.', price: 20 },
			],
			reduction: { type: 'currency', value: 5 },
			bank_accounts: [2],
			notes: 'Бележка',
			po_number: 'PO-1',
		});
		expect(inv.sandbox.requests.slice(before).map((request) => `${request.method} ${request.path}`)).toEqual([
			'POST /v3/login/token',
			'POST /v3/invoices',
			`GET /v3/invoices/${String(output.id)}`,
		]);
		expect(output).toMatchObject({ kind: 'vat', status: 'unpaid', currency: 'EUR', net: '135.15', vat: '27.03', gross: '162.18', provider: 'inv.bg' });
	});

	test('Create for an existing client sends client_id instead of the buyer\'s details; Get Many by that client finds it', async () => {
		const client = inv.sandbox.addClient({ name: 'Постоянен Клиент ООД', bulstat: '131313131', town: 'Варна', country: 'BG' });
		const [output] = await inv.json(
			createParameters({
				buyerType: 'client',
				client: { __rl: true, mode: 'list', value: String(client.id), cachedResultName: 'Постоянен Клиент ООД' },
				buyerName: 'Не се изпраща',
				buyerDetails: { city: 'Не се изпраща' },
			}),
		);
		const body = bodyOf(lastRequest(inv.sandbox, 'POST', 'invoices'));
		expect(body).toMatchObject({ client_id: client.id, type: 'dan', payment_currency: 'EUR' });
		expect(Object.keys(body).filter((key) => key.startsWith('to_') || key === 'is_to_person')).toEqual([]);
		expect(output).toMatchObject({ buyer: { name: 'Постоянен Клиент ООД', taxId: '131313131', city: 'Варна' } });
		const found = await inv.json(invoiceParameters('getMany', { returnAll: true, filters: { client: byId(client.id) } }));
		expect(lastRequest(inv.sandbox, 'GET', 'invoices').query).toEqual({ client_id: String(client.id), page: '1', per_page: '100' });
		expect(found.map((invoice) => invoice.id)).toEqual([output.id]);
	});

	test('Create without a Buyer choice, as workflows saved before it, sends the buyer\'s details', async () => {
		const parameters = createParameters();
		expect(parameters).not.toHaveProperty('buyerType');
		await inv.json(parameters);
		const body = bodyOf(lastRequest(inv.sandbox, 'POST', 'invoices'));
		expect(body).toMatchObject({ to_name: 'Клиент ООД', to_bulstat: '123456789' });
		expect(body).not.toHaveProperty('client_id');
	});

	test('Create for an existing client needs a whole-number client ID before sending; an unknown one is inv.bg\'s 422', async () => {
		const empty = await inv.refusedBeforeSending(createParameters({ buyerType: 'client', client: byId('={{ "" }}') }));
		expect(empty.error?.message).toBe('Client is required');
		const word = await inv.refusedBeforeSending(createParameters({ buyerType: 'client', client: byId('={{ "abc" }}') }));
		expect(word.error?.message).toBe('Client must be a whole number, got "abc"');
		const run = await inv.run(createParameters({ buyerType: 'client', client: byId(9999) }));
		const error = run.error as Error & { httpCode?: string };
		expect(error.httpCode).toBe('422');
		expect(error.message).toMatch(/^inv\.bg: Client id /);
		expect(bodyOf(lastRequest(inv.sandbox, 'POST', 'invoices'))).toMatchObject({ client_id: 9999 });
	});

	test('a credit note carries its related invoice; 0 % VAT its reason; gross prices say so; another currency its rate', async () => {
		const related = inv.sandbox.addInvoice(invoiceFields());
		const [output] = await inv.json(
			createParameters({
				documentType: 'cred',
				relatedInvoiceNumber: related.number,
				relatedInvoiceDate: related.date_create,
				vatPercent: '0',
				withoutVatReason: 'чл. 113, ал. 9 от ЗДДС',
				currency: 'usd',
				lineItems: { item: [line({ unitNetPrice: '', unitGrossPrice: '60' })] },
				additionalFields: { issueDate: '2026-02-10', currencyRate: '0.92' },
			}),
		);
		expect(bodyOf(lastRequest(inv.sandbox, 'POST', 'invoices'))).toMatchObject({
			type: 'cred',
			related_invoice: { number: related.number, date: related.date_create },
			vat: { percent: 0, reason_without: 'чл. 113, ал. 9 от ЗДДС' },
			items_with_vat: 1,
			payment_currency: 'USD',
			currency_rate: 0.92,
		});
		expect(output).toMatchObject({ kind: 'correction', currency: 'USD' });
	});

	test('bad input is refused before anything is sent, naming the field', async () => {
		const noReason = await inv.refusedBeforeSending(createParameters({ vatPercent: '0', withoutVatReason: '={{ "" }}' }));
		expect(noReason.error?.message).toBe('Without-VAT Reason is required when the VAT rate is 0 %');
		const noRate = await inv.refusedBeforeSending(createParameters({ currency: 'USD' }));
		expect(noRate.error?.message).toBe('Currency Rate is required for USD');
		const noCurrency = await inv.refusedBeforeSending(createParameters({ currency: 'euro' }));
		expect(noCurrency.error?.message).toBe('Currency must be a three-letter code, got "EURO"');
		const mixed = await inv.refusedBeforeSending(createParameters({ lineItems: { item: [line(), line({ unitNetPrice: '', unitGrossPrice: '10' })] } }));
		expect(mixed.error?.message).toBe('Line items mix net and gross prices');
		const price = await inv.refusedBeforeSending(createParameters({ lineItems: { item: [line({ unitNetPrice: '1.23456' })] } }));
		expect(price.error?.message).toMatch(/^Line item 1: Unit Net Price must be a number of 0 or more with at most 4 decimal places/);
		const note = await inv.refusedBeforeSending(createParameters({ documentType: 'deb', relatedInvoiceNumber: '7', relatedInvoiceDate: '31.01.2026' }));
		expect(note.error?.message).toMatch(/^Related Invoice Date must be a date as YYYY-MM-DD/);
		const number = await inv.refusedBeforeSending(createParameters({ additionalFields: { number: 'F-1' } }));
		expect(number.error?.message).toBe('Number must be up to 10 digits, got "F-1"');
	});

	test('a refusal is inv.bg\'s own, with the fields it names', async () => {
		const run = await inv.run(createParameters({ buyerDetails: { taxId: '12' } }));
		const error = run.error as Error & { description?: string; httpCode?: string };
		expect(error.httpCode).toBe('422');
		expect(error.message).toMatch(/^inv\.bg: To bulstat /);
		expect(error.description).toMatch(/Correct the fields named above/);
	});

	test('Get reads one invoice; Simplify off gives inv.bg\'s record', async () => {
		const seeded = inv.sandbox.addInvoice(invoiceFields({ number: '0000000100' }));
		const [simple] = await inv.json(invoiceParameters('get', { invoice: byId(seeded.id) }));
		expect(simple).toMatchObject({ id: String(seeded.id), number: '0000000100', net: '30.00', gross: '36.00', buyer: { name: 'Склад ЕООД', taxId: '987654321', city: 'Пловдив' } });
		const [raw] = await inv.json(invoiceParameters('get', { invoice: byId(seeded.id), simplify: false }));
		expect(raw).toMatchObject({ id: seeded.id, to_name: 'Склад ЕООД', payment_amount_total: 36 });
		expect(lastRequest(inv.sandbox, 'GET', `invoices/${seeded.id}`).path).toBe(`/v3/invoices/${seeded.id}`);
	});

	test('Get Many sends every filter by its query name and counts pages from total', async () => {
		const client = inv.sandbox.addClient({ name: 'Редовен ООД', bulstat: '111222333' });
		for (let index = 0; index < 3; index++) inv.sandbox.addInvoice(invoiceFields({ type: 'prof', client_id: client.id, date_create: '2026-03-0' + String(index + 1) }));
		const output = await inv.json(
			invoiceParameters('getMany', {
				returnAll: true,
				filters: { documentType: 'prof', dateFrom: '2026-03-01', dateTo: '2026-03-31', client: { __rl: true, mode: 'list', value: String(client.id) }, status: 'unpaid', isAnnulled: false },
			}),
		);
		expect(output).toHaveLength(3);
		expect(lastRequest(inv.sandbox, 'GET', 'invoices').query).toEqual({
			type: 'prof',
			date_from: '2026-03-01',
			date_to: '2026-03-31',
			client_id: String(client.id),
			status: 'unpaid',
			is_annulled: '0',
			page: '1',
			per_page: '100',
		});
		const before = inv.sandbox.requests.length;
		const limited = await inv.json(invoiceParameters('getMany', { returnAll: false, limit: 2, filters: { documentType: 'prof' } }));
		expect(limited).toHaveLength(2);
		expect(apiCalls(before).map((request) => request.query)).toEqual([{ type: 'prof', page: '1', per_page: '2' }]);
	});

	test('Get Many by Number sends the 10-digit number and answers the documents with it', async () => {
		const wanted = inv.sandbox.addInvoice(invoiceFields({ number: '0000000700' }));
		inv.sandbox.addInvoice(invoiceFields({ number: '0000000701' }));
		for (const number of ['700', '0000000700']) {
			const output = await inv.json(invoiceParameters('getMany', { returnAll: true, filters: { number } }));
			expect(lastRequest(inv.sandbox, 'GET', 'invoices').query).toEqual({ number: '0000000700', page: '1', per_page: '100' });
			expect(output).toEqual([expect.objectContaining({ id: String(wanted.id), number: '0000000700', buyer: expect.objectContaining({ name: 'Склад ЕООД' }) })]);
		}
		const bad = await inv.refusedBeforeSending(invoiceParameters('getMany', { returnAll: true, filters: { number: 'F-700' } }));
		expect(bad.error?.message).toBe('Number must be up to 10 digits, got "F-700"');
	});

	test('Return All reads page after page until total', async () => {
		for (let index = 0; index < 105; index++) inv.sandbox.addInvoice(invoiceFields({ type: 'deb', related_invoice: { number: '1', date: '2026-01-01' } }));
		const before = inv.sandbox.requests.length;
		const output = await inv.json(invoiceParameters('getMany', { returnAll: true, filters: { documentType: 'deb' } }));
		expect(output).toHaveLength(105);
		expect(apiCalls(before).map((request) => request.query.page)).toEqual(['1', '2']);
	});

	test('Update PATCHes only what is given, and answers the invoice as it now is', async () => {
		const seeded = inv.sandbox.addInvoice(invoiceFields());
		const [output] = await inv.json(invoiceParameters('update', { invoice: byId(seeded.id), updateFields: { dueDate: '2026-03-01', notes: 'Нова', paymentMethod: 'cash', status: 'paid' } }));
		expect(bodyOf(lastRequest(inv.sandbox, 'PATCH', `invoices/${seeded.id}`))).toEqual({ date_mature: '2026-03-01', notes: 'Нова', payment_method: 'cash', status: 'paid' });
		expect(output).toMatchObject({ id: String(seeded.id), dueDate: '2026-03-01', status: 'paid' });
		const nothing = await inv.refusedBeforeSending(invoiceParameters('update', { invoice: byId(seeded.id), updateFields: {} }));
		expect(nothing.error?.message).toBe('Nothing to update');
	});

	test('Delete removes a draft and answers deleted; an issued invoice is refused in inv.bg\'s words', async () => {
		const draft = inv.sandbox.addInvoice(invoiceFields({ is_draft: 1 }));
		expect(await inv.json(invoiceParameters('delete', { invoice: byId(draft.id) }))).toEqual([{ deleted: true, id: String(draft.id) }]);
		expect(lastRequest(inv.sandbox, 'DELETE', `invoices/${draft.id}`).rawBody.length).toBe(0);
		expect(inv.sandbox.store.invoices.find(draft.id)).toBeUndefined();
		const issued = inv.sandbox.addInvoice(invoiceFields());
		const run = await inv.run(invoiceParameters('delete', { invoice: byId(issued.id) }));
		expect(run.error?.message).toMatch(/^inv\.bg: Id Само чернови могат да бъдат изтривани/);
	});

	test('Download PDF puts the file in the binary property', async () => {
		const seeded = inv.sandbox.addInvoice(invoiceFields());
		const run = await inv.run(invoiceParameters('downloadPdf', { invoice: byId(seeded.id), binaryPropertyName: 'pdf' }));
		expect(run.error).toBeUndefined();
		const [item] = run.items();
		expect(item.json).toEqual({ id: String(seeded.id) });
		expect(item.binary?.pdf).toMatchObject({ mimeType: 'application/pdf', fileName: `invoice-${seeded.id}.pdf` });
		const sent = lastRequest(inv.sandbox, 'GET', `invoices/${seeded.id}/pdf`);
		expect(sent.headers['accept-language']).toBe('bg');
	});

	test('Send by Email sends the recipient, subject, message, delivery and language', async () => {
		const seeded = inv.sandbox.addInvoice(invoiceFields());
		const output = await inv.json(
			invoiceParameters('sendByEmail', { invoice: byId(seeded.id), email: 'buyer@example.bg', delivery: 'file', options: { subject: 'Фактура', message: 'Здравейте', language: 'en' } }),
		);
		expect(output).toEqual([{ sent: true, id: String(seeded.id), email: 'buyer@example.bg' }]);
		expect(bodyOf(lastRequest(inv.sandbox, 'POST', `invoices/${seeded.id}/emails`))).toEqual({
			email: 'buyer@example.bg',
			subject: 'Фактура',
			message: 'Здравейте',
			delivery: 'file',
			inv_language: 'en',
		});
		expect(inv.sandbox.emails.at(-1)).toMatchObject({ invoiceId: seeded.id, delivery: 'file', language: 'en', via: 'v3' });
	});

	test('a refused e-mail ({"error":{"description"}}) fails in inv.bg\'s words', async () => {
		const draft = inv.sandbox.addInvoice(invoiceFields({ is_draft: 1 }));
		const run = await inv.run(invoiceParameters('sendByEmail', { invoice: byId(draft.id), email: 'buyer@example.bg', delivery: 'link' }));
		expect(run.error?.message).toBe('inv.bg: id: Фактурата не може да бъде изпратена');
	});

	test('Record Payment creates the payment, allocates it, and answers the invoice with its new balance', async () => {
		const seeded = inv.sandbox.addInvoice(invoiceFields());
		const before = inv.sandbox.requests.length;
		const [partly] = await inv.json(invoiceParameters('recordPayment', { invoice: byId(seeded.id), amount: '16.00', currency: 'EUR', paymentMethod: 'cash', additionalFields: { date: '2026-02-11', notes: 'Каса' } }));
		const sent = apiCalls(before);
		expect(sent.map((request) => `${request.method} ${request.path}`)).toEqual(['POST /v3/payments', expect.stringMatching(/^POST \/v3\/payments\/\d+\/invoices$/), `GET /v3/invoices/${seeded.id}`]);
		expect(bodyOf(sent[0])).toEqual({ amount: 16, currency: 'EUR', currency_rate: 1, date: '2026-02-11', payment_method: 'cash', notes: 'Каса' });
		expect(bodyOf(sent[1])).toEqual({ invoices: [{ id: seeded.id, amount: 16 }] });
		expect(partly).toMatchObject({ paid: '16.00', status: 'unpaid' });
		const [paid] = await inv.json(invoiceParameters('recordPayment', { invoice: byId(seeded.id), amount: '20', currency: 'EUR', paymentMethod: 'transfer' }));
		expect(paid).toMatchObject({ paid: '36.00', status: 'paid' });
	});

	test('a payment larger than what is due is recorded but not allocated, and the error gives its ID', async () => {
		const seeded = inv.sandbox.addInvoice(invoiceFields());
		const run = await inv.run(invoiceParameters('recordPayment', { invoice: byId(seeded.id), amount: '100', currency: 'EUR', paymentMethod: 'card' }));
		const error = run.error as Error & { description?: string };
		expect(error.message).toMatch(/^inv\.bg: /);
		expect(error.description).toMatch(/The payment was recorded as ID \d+ but is not set against invoice/);
	});

	test('Annul PATCHes is_annulled and answers the annulled invoice', async () => {
		const seeded = inv.sandbox.addInvoice(invoiceFields());
		const [output] = await inv.json(invoiceParameters('annul', { invoice: byId(seeded.id) }));
		expect(bodyOf(lastRequest(inv.sandbox, 'PATCH', `invoices/${seeded.id}`))).toEqual({ is_annulled: 1 });
		expect(output).toMatchObject({ id: String(seeded.id), status: 'annulled' });
	});

	test('an ID that is not a whole number is refused before sending', async () => {
		const run = await inv.refusedBeforeSending(invoiceParameters('get', { invoice: byId('={{ "abc" }}') }));
		expect(run.error?.message).toBe('Invoice must be a whole number, got "abc"');
	});
});

describe('inv.bg Create: the invoice is issued but cannot be read back', () => {
	test('says which document was issued and that it must not be issued again, with the outcome "done" and one POST', async () => {
		const count = inv.sandbox.store.invoices.all().length;
		const before = inv.sandbox.requests.length;
		const notFound = { kind: 'status' as const, status: 404, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ error: 'Not found' }) };
		inv.sandbox.faults.inject({ method: 'GET', path: /^\/v3\/invoices\/\d+$/, times: Infinity, fault: notFound });
		const run = await inv.run(createParameters({ buyerName: 'Прочетено по-късно ООД' }));
		inv.sandbox.faults.clear();
		const error = run.error as Error & { description?: string; context?: Record<string, unknown> };
		expect(error.message).toMatch(/^inv\.bg issued document \d{10} \(ID \d+\), but reading it back failed: inv\.bg: Not found/);
		expect(error.description).toMatch(/that stands\. Do not send it again/);
		expect(error.context?.outcome).toBe('done');
		expect(apiCalls(before).filter((request) => request.method === 'POST')).toHaveLength(1);
		expect(inv.sandbox.store.invoices.all().length).toBe(count + 1);
	});
});
