import type { IDataObject } from 'n8n-workflow';

import { bodyOf, byId, createParameters, lastRequest, line, useInfakt } from './context';

const inf = useInfakt();

jest.setTimeout(30_000);

const submits = () => inf.sandbox.requests.filter((request) => request.method === 'POST' && request.path === '/api/v3/async/invoices.json');

describe('inFakt Create invoice (asynchronous)', () => {
	test('submits {"invoice":…} in grosze, follows the task 100 → 120 → 140 → 201, then returns the created invoice as decimals', async () => {
		const before = inf.sandbox.requests.length;
		const [item] = await inf.json(
			createParameters([line({ quantity: '2', unitNetPrice: '100.10' }), line({ name: 'Towar', unitNetPrice: '', unitGrossPrice: '12.30', vatRate: '8', quantity: '3' })], {
				additionalFields: { issueDate: '2026-01-15', dueDate: '2026-01-29', paymentMethod: 'cashOnDelivery', notes: 'Dziękujemy', splitPayment: true },
			}),
		);
		const submit = lastRequest(inf.sandbox, 'POST', 'async/invoices.json');
		expect(submit.headers['x-infakt-apikey']).toBe(inf.sandbox.apiKey);
		expect(submit.headers['content-type']).toMatch(/^application\/json/);
		expect(bodyOf(submit)).toEqual({
			invoice: {
				kind: 'vat',
				invoice_date: '2026-01-15',
				payment_date: '2026-01-29',
				payment_method: 'delivery',
				notes: 'Dziękujemy',
				split_payment: true,
				client_company_name: 'Firma Testowa Sp. z o.o.',
				client_tax_code: '5260250274',
				client_city: 'Kraków',
				client_country: 'PL',
				services: [
					{ name: 'Usługa', tax_symbol: '23', quantity: 2, unit_net_price: 10010, unit: 'szt.' },
					{ name: 'Towar', tax_symbol: '8', quantity: 3, gross_price: 3690, unit: 'szt.' },
				],
			},
		});
		const sent = inf.sandbox.requests.slice(before).map((request) => `${request.method} ${request.path}`);
		const polls = sent.filter((request) => request.startsWith('GET /api/v3/async/invoices/status/'));
		expect(polls.length).toBe(3);
		expect(sent[0]).toBe('POST /api/v3/async/invoices.json');
		expect(sent.at(-1)).toMatch(/^GET \/api\/v3\/invoices\/[0-9a-f-]{36}\.json$/);
		expect(item).toMatchObject({
			kind: 'vat',
			status: 'draft',
			number: '1/01/2026',
			issueDate: '2026-01-15',
			net: '234.37',
			buyer: { name: 'Firma Testowa Sp. z o.o.', taxId: '5260250274', city: 'Kraków' },
			provider: 'infakt',
		});
		expect(item.items).toEqual([
			{ name: 'Usługa', quantity: '2', unit: 'szt.', unitNetPrice: '100.10', vatRate: '23', gross: '246.25' },
			expect.objectContaining({ name: 'Towar', vatRate: '8', gross: '36.90' }),
		]);
		expect(inf.sandbox.store.invoices.get(String(item.id))?.gross_price).toBe(24625 + 3690);
	});

	test('a client picked by locator goes as client_id; a bank account picked puts its number, bank and SWIFT on the invoice', async () => {
		const client = inf.sandbox.addClient({ company_name: 'Klient Stały Sp. z o.o.', nip: '1234563218', country: 'PL', city: 'Gdańsk' });
		const [item] = await inf.json(
			createParameters([line()], {
				buyerType: 'client',
				clientId: byId(client.id),
				additionalFields: { issueDate: '2026-01-15', bankAccount: byId(72), currency: 'EUR' },
			}),
		);
		expect(lastRequest(inf.sandbox, 'GET', 'bank_accounts/72.json')).toBeDefined();
		const { invoice } = bodyOf(lastRequest(inf.sandbox, 'POST', 'async/invoices.json')) as { invoice: IDataObject };
		expect(invoice).toMatchObject({ client_id: client.id, currency: 'EUR', bank_account: 'PL27114020040000300201355387', bank_name: 'mBank', swift: 'BREXPLPW' });
		expect(invoice.client_company_name).toBeUndefined();
		expect(item).toMatchObject({ currency: 'EUR', buyer: { name: 'Klient Stały Sp. z o.o.', city: 'Gdańsk' } });
	});

	test('a pro forma has its own numbering', async () => {
		const [item] = await inf.json(createParameters([line()], { kind: 'proforma' }));
		expect(item).toMatchObject({ kind: 'proforma', number: '1/01/2026' });
	});

	test('an exempt line needs a reason before anything is sent; with one, it goes as vat_exemption_reason', async () => {
		const refused = await inf.refusedBeforeSending(createParameters([line({ vatRate: 'zw' })]));
		expect(refused.error?.message).toBe('Line item 1 is exempt from VAT (zw), so a VAT Exemption Reason is required');

		const [item] = await inf.json(createParameters([line({ vatRate: 'zw' })], { additionalFields: { issueDate: '2026-01-15', vatExemptionReason: '2' } }));
		expect((bodyOf(lastRequest(inf.sandbox, 'POST', 'async/invoices.json')).invoice as IDataObject).vat_exemption_reason).toBe(2);
		expect(item).toMatchObject({ vat: '0.00', gross: '100.00' });
	});

	test.each([
		['no line', createParameters([]), 'At least one line item is required'],
		['a line without a name', createParameters([line({ name: '' })]), 'Line item 1: Name is required (or a Product ID)'],
		['a price with 3 decimals', createParameters([line({ unitNetPrice: '10.005' })]), 'Line item 1: Unit Net Price must be a number of 0 or more with at most 2 decimal places (got "10.005")'],
		['a bad date', createParameters([line()], { additionalFields: { issueDate: '2026-02-30' } }), 'Issue Date must be a real calendar date as YYYY-MM-DD (got "2026-02-30")'],
		['a country that is not 2 letters', createParameters([line()], { buyerDetails: { country: 'Polska' } }), 'Buyer Details: Country must be a two-letter country code such as PL or DE (got "Polska")'],
		['an unknown VAT code', createParameters([line({ vatRate: '22' })]), 'Line item 1: VAT Rate must be one of 23, 8, 5, 0, zw, np (got "22")'],
	])('%s is refused before sending', async (_name, parameters, message) => {
		const run = await inf.refusedBeforeSending(parameters);
		expect(run.error?.message).toBe(message);
	});

	test('a task that fails (422) becomes an error naming the field as the node does', async () => {
		const run = await inf.run(createParameters([line(), line({ name: 'Druga', quantity: '1' })], { buyerType: 'client', clientId: byId(99999) }));
		const error = run.error as (Error & { description?: string; httpCode?: string }) | undefined;
		expect(error?.message).toBe('inFakt: Client: Klient nie istnieje.');
		expect(error?.httpCode).toBe('422');
		expect(error?.description).toMatch(/inFakt refused the invoice/);
	});

	test('a failed line is named "Line N, <field>"', async () => {
		const run = await inf.run(createParameters([line(), line({ name: 'Rabat', discountPercent: '150' })]));
		expect(run.error?.message).toBe('inFakt: Line 2, Discount (%): jest nieprawidłowe');
	});

	test('a task still pending at the deadline: exactly one submit, and an item with the reference to check', async () => {
		inf.sandbox.holdTasks(true);
		const before = submits().length;
		try {
			const [item] = await inf.json(createParameters([line()], { options: { waitSeconds: 1 } }));
			expect(submits().length - before).toBe(1);
			expect(item).toMatchObject({ pending: true, state: 'pending', processingCode: 140, invoiceId: null });
			expect(item.taskReferenceNumber).toMatch(/^[0-9a-f-]{36}$/);
			expect(item.message).toBe(
				'inFakt had not created the invoice after 1 second. The invoice may still appear: check it with Get Creation Status and this task reference number, or look in inFakt, before creating it again.',
			);

			inf.sandbox.holdTasks(false);
			const [status] = await inf.json({ resource: 'invoice', operation: 'getCreationStatus', taskReferenceNumber: String(item.taskReferenceNumber) });
			expect(status).toMatchObject({ taskReferenceNumber: item.taskReferenceNumber, state: 'created', pending: false, processingCode: 201 });
			expect(status.invoice).toMatchObject({ kind: 'vat', gross: '123.00' });
			expect(submits().length - before).toBe(1);
		} finally {
			inf.sandbox.holdTasks(false);
		}
	});

	test('Get Creation Status of a task still running says so, without an invoice', async () => {
		inf.sandbox.holdTasks(true);
		try {
			const [pending] = await inf.json(createParameters([line()], { options: { waitSeconds: 0 } }));
			const [status] = await inf.json({ resource: 'invoice', operation: 'getCreationStatus', taskReferenceNumber: String(pending.taskReferenceNumber) });
			expect(status).toMatchObject({ pending: true, state: 'pending' });
			expect(status.invoice).toBeUndefined();
		} finally {
			inf.sandbox.holdTasks(false);
		}
	});

	test('a Number keys the create: a re-run finds the invoice by q[number_eq] and kind, and submits nothing', async () => {
		const parameters = createParameters([line()], { additionalFields: { issueDate: '2026-01-15', number: 'FV/KEY/1' } });
		const before = submits().length;
		const [first] = await inf.json(parameters);
		expect(bodyOf(lastRequest(inf.sandbox, 'POST', 'async/invoices.json')).invoice).toMatchObject({ number: 'FV/KEY/1', check_duplicate_number: true });
		const [again] = await inf.json(parameters);
		expect(submits().length - before).toBe(1);
		const lookup = lastRequest(inf.sandbox, 'GET', 'invoices.json');
		expect(lookup.query).toMatchObject({ 'q[number_eq]': 'FV/KEY/1', 'q[kind_eq]': 'vat' });
		expect(again).toMatchObject({ id: first.id, number: 'FV/KEY/1', alreadyExisted: true });
		expect(first.alreadyExisted).toBeUndefined();
	});

	test('a submit answered without a task reference is an unknown outcome, never sent again', async () => {
		const before = submits().length;
		inf.sandbox.faults.inject({
			method: 'POST',
			path: '/api/v3/async/invoices.json',
			nth: 1,
			act: true,
			fault: { kind: 'status', status: 201, contentType: 'application/json', body: '{"processing_code":100}' },
		});
		try {
			const run = await inf.run(createParameters([line()]));
			const error = run.error as (Error & { description?: string; context?: { outcome?: string } }) | undefined;
			expect(error?.message).toBe('inFakt accepted the request but its answer carried no task reference number; its outcome is unknown');
			expect(error?.description).toMatch(/Look for it in inFakt before sending it again/);
			expect(error?.context?.outcome).toBe('unknown');
			expect(submits().length - before).toBe(1);
		} finally {
			inf.sandbox.faults.clear();
		}
	});

	test('Simplify off gives inFakt\'s own record, amounts in grosze as inFakt keeps them', async () => {
		const [item] = await inf.json(createParameters([line()], { simplify: false }));
		expect(item).toMatchObject({ kind: 'vat', net_price: 10000, tax_price: 2300, gross_price: 12300, status: 'draft' });
		expect(item.uuid).toMatch(/^[0-9a-f-]{36}$/);
	});
});

describe('inFakt submit answered 202, as the docs say', () => {
	const docs = useInfakt({ taskAnswerStatus: 202, pollsToFinish: 0 });

	test('a 202 is accepted like a 201', async () => {
		const [item] = await docs.json(createParameters([line()]));
		expect(item).toMatchObject({ kind: 'vat', gross: '123.00' });
		expect(docs.sandbox.tasks.size).toBe(1);
	});
});

describe('inFakt Create invoice: the invoice exists but cannot be read back', () => {
	test('says the invoice was created and must not be created again, with the outcome "done" and one submit', async () => {
		const before = submits().length;
		const count = inf.sandbox.store.invoices.size;
		const notFound = { kind: 'status' as const, status: 404, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ error: 'Zasób którego szukasz nie został znaleziony.' }) };
		inf.sandbox.faults.inject({ method: 'GET', path: /^\/api\/v3\/invoices\/[0-9a-f-]{36}\.json$/, times: Infinity, fault: notFound });
		const run = await inf.run(createParameters([line()], { additionalFields: { issueDate: '2026-01-15' } }));
		inf.sandbox.faults.clear();
		const error = run.error as Error & { description?: string; context?: IDataObject };
		expect(error.message).toMatch(/^inFakt created the invoice \(UUID [0-9a-f-]{36}\), but reading it back failed: inFakt: Zasób/);
		expect(error.description).toMatch(/that stands\. Do not send it again/);
		expect(error.context?.outcome).toBe('done');
		expect(submits().length).toBe(before + 1);
		expect(inf.sandbox.store.invoices.size).toBe(count + 1);
	});
});

describe('inFakt Create invoice: the task is accepted but its status cannot be read', () => {
	test('reports the outcome as unknown with the task reference, after exactly one submit', async () => {
		const before = submits().length;
		const broken = { kind: 'status' as const, status: 500, contentType: 'text/plain', body: 'upstream failure' };
		inf.sandbox.faults.inject({ method: 'GET', path: /^\/api\/v3\/async\/invoices\/status\//, times: Infinity, fault: broken });
		const run = await inf.run(createParameters([line()], { additionalFields: { issueDate: '2026-01-15' } }));
		inf.sandbox.faults.clear();
		const error = run.error as Error & { description?: string; context?: IDataObject };
		expect(error.message).toMatch(/^inFakt accepted the request as task [0-9a-f-]{36}, but its status could not be read \(.*500.*\); its outcome is unknown$/);
		expect(error.description).toMatch(/^Check it with Get Creation Status and this task reference number, or look in inFakt, before sending it again\./);
		expect(error.context?.outcome).toBe('unknown');
		expect(submits().length).toBe(before + 1);
	});
});
