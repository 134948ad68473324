import type { IDataObject } from 'n8n-workflow';

import { bodyOf, byId, invoiceFields, lastRequest, line, useInfakt } from './context';

const inf = useInfakt();

jest.setTimeout(30_000);

type NodeError = Error & { description?: string; httpCode?: string };

const seed = (overrides: IDataObject = {}) => inf.sandbox.addInvoice(invoiceFields(overrides));

describe('inFakt Get and Get Many invoices', () => {
	test('Get asks for /invoices/{uuid}.json and answers the package\'s invoice shape', async () => {
		const invoice = seed({ client_company_name: 'Odczyt Sp. z o.o.' });
		const [item] = await inf.json({ resource: 'invoice', operation: 'get', invoiceId: byId(invoice.uuid) });
		expect(lastRequest(inf.sandbox, 'GET', `invoices/${invoice.uuid}.json`).headers['x-infakt-apikey']).toBe(inf.sandbox.apiKey);
		expect(item).toMatchObject({ id: invoice.uuid, number: invoice.number, kind: 'vat', net: '200.00', vat: '46.00', gross: '246.00', paid: '0.00', buyer: { name: 'Odczyt Sp. z o.o.' } });
	});

	test('an invoice ID that is not a UUID is refused before sending', async () => {
		const run = await inf.refusedBeforeSending({ resource: 'invoice', operation: 'get', invoiceId: byId('123') });
		expect(run.error?.message).toMatch(/An ID is a UUID/);
	});

	test('an unknown invoice fails in inFakt\'s words with HTTP 404', async () => {
		const run = await inf.run({ resource: 'invoice', operation: 'get', invoiceId: byId('f47ac10b-58cc-4372-a567-0e02b2c3d479') });
		expect(run.error?.message).toBe('inFakt: Zasób którego szukasz nie został znaleziony.');
		expect((run.error as NodeError).httpCode).toBe('404');
	});

	test('filters go as q[…] keys: number, client tax ID as digits, issue dates, unpaid, kind, and the sort', async () => {
		const match = seed({ number: 'FLT/1', client_tax_code: '7740001454', invoice_date: '2025-11-10' });
		seed({ number: 'FLT/2', client_tax_code: '7740001454', invoice_date: '2025-10-10' });
		const items = await inf.json({
			resource: 'invoice',
			operation: 'getMany',
			listKind: 'vat',
			returnAll: true,
			filters: { clientTaxId: '774-000-14-54', issueDateFrom: '2025-11-01', issueDateTo: '2025-11-30', paidState: 'unpaid' },
			options: { sortBy: 'number', sortDescending: true },
		});
		const sent = lastRequest(inf.sandbox, 'GET', 'invoices.json');
		expect(sent.query).toEqual({
			'q[kind_eq]': 'vat',
			'q[clean_client_nip_eq]': '7740001454',
			'q[invoice_date_gteq]': '2025-11-01',
			'q[invoice_date_lteq]': '2025-11-30',
			'q[paid_date_null]': 'true',
			order: 'number desc',
			offset: '0',
			limit: '100',
		});
		expect(items.map((item) => item.id)).toEqual([match.uuid]);
	});

	test('the paid filter sends q[paid_date_null]=false; the number filter q[number_eq]', async () => {
		await inf.json({ resource: 'invoice', operation: 'getMany', listKind: 'all', limit: 5, filters: { paidState: 'paid', number: 'X/1' } });
		expect(lastRequest(inf.sandbox, 'GET', 'invoices.json').query).toEqual({ 'q[paid_date_null]': 'false', 'q[number_eq]': 'X/1', offset: '0', limit: '5' });
	});

	test('the read-only kinds are listed from their own paths', async () => {
		inf.sandbox.store.otherKinds.corrective_invoices.set('c1', { id: 1, uuid: '11111111-1111-4111-8111-111111111111', number: 'KOR/1/2026', kind: 'corrective', gross_price: -12300, net_price: -10000, tax_price: -2300 });
		const items = await inf.json({ resource: 'invoice', operation: 'getMany', listKind: 'corrective', returnAll: true });
		expect(lastRequest(inf.sandbox, 'GET', 'corrective_invoices.json').query).toEqual({ offset: '0', limit: '100' });
		expect(items).toEqual([expect.objectContaining({ number: 'KOR/1/2026', kind: 'correction', gross: '-123.00' })]);
	});
});

describe('inFakt Return All over offset pages', () => {
	const paged = useInfakt();

	test('three pages are read by offset, counted from total_count; the misleading next link is never followed', async () => {
		const uuids = Array.from({ length: 250 }, (_, index) => paged.sandbox.addInvoice(invoiceFields({ number: `P/${index}` })).uuid);
		const before = paged.sandbox.requests.length;
		const items = await paged.json({ resource: 'invoice', operation: 'getMany', listKind: 'all', returnAll: true });
		const sent = paged.sandbox.requests.slice(before);
		expect(sent.map((request) => `${request.path}?offset=${String(request.query.offset)}&limit=${String(request.query.limit)}`)).toEqual([
			'/api/v3/invoices.json?offset=0&limit=100',
			'/api/v3/invoices.json?offset=100&limit=100',
			'/api/v3/invoices.json?offset=200&limit=100',
		]);
		expect(items.map((item) => item.id).sort()).toEqual([...uuids].sort());
	});

	test('a Limit asks for no more than it needs', async () => {
		const before = paged.sandbox.requests.length;
		const items = await paged.json({ resource: 'invoice', operation: 'getMany', listKind: 'all', returnAll: false, limit: 7 });
		expect(items).toHaveLength(7);
		expect(paged.sandbox.requests.slice(before).map((request) => request.query)).toEqual([{ offset: '0', limit: '7' }]);
	});
});

describe('inFakt Update and Delete invoice', () => {
	test('Update sends only the fields set, in {"invoice":…}, and lines given replace all the lines', async () => {
		const invoice = seed({ services: [{ name: 'Stara', tax_symbol: '23', quantity: 1, unit_net_price: 5000 }, { name: 'Druga', tax_symbol: '8', quantity: 1, unit_net_price: 100 }] });
		const [item] = await inf.json({
			resource: 'invoice',
			operation: 'update',
			invoiceId: byId(invoice.uuid),
			lineItems: { item: [line({ name: 'Nowa', unitNetPrice: '300.00', quantity: '1' })] },
			updateFields: { dueDate: '2026-02-28', notes: 'Zmieniona' },
		});
		expect(bodyOf(lastRequest(inf.sandbox, 'PUT', `invoices/${invoice.uuid}.json`))).toEqual({
			invoice: { payment_date: '2026-02-28', notes: 'Zmieniona', services: [{ name: 'Nowa', tax_symbol: '23', quantity: 1, unit_net_price: 30000, unit: 'szt.' }] },
		});
		expect(item).toMatchObject({ dueDate: '2026-02-28', net: '300.00', gross: '369.00' });
		expect(item.items).toEqual([expect.objectContaining({ name: 'Nowa' })]);
	});

	test('Update without lines keeps them; nothing to update is refused before sending', async () => {
		const invoice = seed();
		await inf.json({ resource: 'invoice', operation: 'update', invoiceId: byId(invoice.uuid), updateFields: { paymentMethod: 'cheque' } });
		expect(bodyOf(lastRequest(inf.sandbox, 'PUT', `invoices/${invoice.uuid}.json`))).toEqual({ invoice: { payment_method: 'check' } });
		const run = await inf.refusedBeforeSending({ resource: 'invoice', operation: 'update', invoiceId: byId(invoice.uuid), updateFields: {} });
		expect(run.error?.message).toBe('No field to update was set');
	});

	test('Update moves the invoice to another client picked by locator, as client_id', async () => {
		const invoice = seed();
		const client = inf.sandbox.addClient({ company_name: 'Nowy Nabywca', country: 'PL' });
		const [item] = await inf.json({ resource: 'invoice', operation: 'update', invoiceId: byId(invoice.uuid), updateFields: { clientId: byId(client.id) } });
		expect(bodyOf(lastRequest(inf.sandbox, 'PUT', `invoices/${invoice.uuid}.json`))).toEqual({ invoice: { client_id: client.id } });
		expect(item.id).toBe(invoice.uuid);
	});

	test('a refused update (422 errors) names the fields as the node does', async () => {
		const invoice = seed();
		const run = await inf.run({ resource: 'invoice', operation: 'update', invoiceId: byId(invoice.uuid), updateFields: { currency: 'EURO' } });
		expect(run.error?.message).toBe('Currency must be a three-letter code such as PLN or EUR (got "EURO")');
		const refused = await inf.run({ resource: 'invoice', operation: 'update', invoiceId: byId(invoice.uuid), updateFields: { vatExemptionReason: '999' } });
		expect(refused.error?.message).toBe('inFakt: VAT Exemption Reason: jest nieprawidłowe');
		expect((refused.error as NodeError).httpCode).toBe('422');
		expect((refused.error as NodeError).description).toMatch(/Correct the fields named above/);
	});

	test('Delete answers {"deleted": true} for the 204', async () => {
		const invoice = seed();
		const [item] = await inf.json({ resource: 'invoice', operation: 'delete', invoiceId: byId(invoice.uuid) });
		expect(lastRequest(inf.sandbox, 'DELETE', `invoices/${invoice.uuid}.json`)).toBeDefined();
		expect(item).toEqual({ deleted: true, id: invoice.uuid });
		expect(inf.sandbox.store.invoices.has(invoice.uuid)).toBe(false);
	});
});

describe('inFakt PDF, e-mail, payment and numbering', () => {
	test('Download PDF asks for the document type and locale, and puts the file in a binary property', async () => {
		const invoice = seed();
		const run = await inf.run({ resource: 'invoice', operation: 'downloadPdf', invoiceId: byId(invoice.uuid), documentType: 'original_copy', language: 'pe', binaryPropertyName: 'pdf' });
		expect(run.error).toBeUndefined();
		expect(lastRequest(inf.sandbox, 'GET', `invoices/${invoice.uuid}/pdf.json`).query).toEqual({ document_type: 'original_copy', locale: 'pe' });
		const [item] = run.items();
		expect(item.json).toEqual({ id: invoice.uuid, documentType: 'original_copy', language: 'pe' });
		expect(item.binary?.pdf).toMatchObject({ mimeType: 'application/pdf', fileName: `invoice-${invoice.uuid}.pdf` });
		expect((await run.readBinary(item, 'pdf')).subarray(0, 4).toString()).toBe('%PDF');
		expect(inf.sandbox.store.invoices.get(invoice.uuid)?.status).toBe('printed');
	});

	test('Send by Email posts the print type, language, recipient and copy flag; the 202 with no body is a success', async () => {
		const invoice = seed();
		const [item] = await inf.json({
			resource: 'invoice',
			operation: 'sendByEmail',
			invoiceId: byId(invoice.uuid),
			printType: 'duplicate',
			options: { language: 'en', recipient: 'ksiegowa@firma.example', sendCopy: true },
		});
		expect(bodyOf(lastRequest(inf.sandbox, 'POST', `invoices/${invoice.uuid}/deliver_via_email.json`))).toEqual({
			print_type: 'duplicate',
			locale: 'en',
			recipient: 'ksiegowa@firma.example',
			send_copy: true,
		});
		expect(item).toEqual({ sent: true, id: invoice.uuid, recipient: 'ksiegowa@firma.example' });
		expect(inf.sandbox.emails.at(-1)).toMatchObject({ invoiceUuid: invoice.uuid, recipient: 'ksiegowa@firma.example', print_type: 'duplicate', send_copy: true });
		expect(inf.sandbox.store.invoices.get(invoice.uuid)?.status).toBe('sent');
	});

	test('Send by Email with no recipient anywhere fails in inFakt\'s words', async () => {
		const invoice = seed({ client_email: undefined });
		const run = await inf.run({ resource: 'invoice', operation: 'sendByEmail', invoiceId: byId(invoice.uuid), printType: 'original' });
		expect(run.error?.message).toBe('inFakt: Recipient: Proszę podać adres e-mail odbiorcy.');
	});

	test('Mark as Paid submits the paid date, follows the task to 200 and returns the invoice as it now is', async () => {
		const invoice = seed();
		const [item] = await inf.json({ resource: 'invoice', operation: 'markAsPaid', invoiceId: byId(invoice.uuid), paidDate: '2026-01-18' });
		expect(bodyOf(lastRequest(inf.sandbox, 'POST', `async/invoices/${invoice.uuid}/paid.json`))).toEqual({ paid_date: '2026-01-18' });
		expect(item).toMatchObject({ id: invoice.uuid, status: 'paid', paid: '246.00', gross: '246.00' });
		expect(inf.sandbox.store.invoices.get(invoice.uuid)).toMatchObject({ paid_date: '2026-01-18', left_to_pay: 0 });
	});

	test('Mark as Paid without a date sends no paid_date: inFakt takes today', async () => {
		const invoice = seed();
		await inf.json({ resource: 'invoice', operation: 'markAsPaid', invoiceId: byId(invoice.uuid) });
		expect(lastRequest(inf.sandbox, 'POST', `async/invoices/${invoice.uuid}/paid.json`).rawBody.toString()).toMatch(/^(?:\{\})?$/);
		expect(inf.sandbox.store.invoices.get(invoice.uuid)?.paid_date).toBe('2026-01-20');
	});

	test('a payment task that fails with a plain sentence becomes an error in those words', async () => {
		const invoice = seed();
		const run = await inf.run({ resource: 'invoice', operation: 'markAsPaid', invoiceId: byId(invoice.uuid), paidDate: '2026-01-01' });
		expect(run.error?.message).toBe('inFakt: Data zapłaty nie może być wcześniejsza niż data wystawienia faktury.');
		expect((run.error as NodeError).httpCode).toBe('422');
	});

	test('a payment still pending at the deadline is an item that says so; nothing is sent again', async () => {
		const invoice = seed();
		inf.sandbox.holdTasks(true);
		try {
			const before = inf.sandbox.requests.filter((request) => request.method === 'POST').length;
			const [item] = await inf.json({ resource: 'invoice', operation: 'markAsPaid', invoiceId: byId(invoice.uuid), options: { waitSeconds: 1 } });
			expect(inf.sandbox.requests.filter((request) => request.method === 'POST').length - before).toBe(1);
			expect(item).toMatchObject({ id: invoice.uuid, pending: true, state: 'pending' });
			expect(item.message).toMatch(/^inFakt had not marked the invoice paid after 1 second\. It may still be marked: check it with Get Creation Status/);
		} finally {
			inf.sandbox.holdTasks(false);
		}
	});

	test('Get Next Number asks by kind and date and answers what the next create gets', async () => {
		const [next] = await inf.json({ resource: 'invoice', operation: 'getNextNumber', kind: 'proforma', date: '2026-03-05' });
		expect(lastRequest(inf.sandbox, 'GET', 'invoices/next_number.json').query).toEqual({ kind: 'proforma', date: '2026-03-05' });
		expect(next).toEqual({ nextNumber: '1/03/2026', kind: 'proforma', date: '2026-03-05' });
		const created = inf.sandbox.addInvoice(invoiceFields({ kind: 'proforma', invoice_date: '2026-03-05' }));
		expect(created.number).toBe(next.nextNumber);
	});
});

describe('inFakt refusals with hints', () => {
	test('a plan limit (402) on create says what to check', async () => {
		inf.sandbox.setPlanLimitReached(true);
		try {
			const run = await inf.run({
				resource: 'invoice',
				operation: 'create',
				kind: 'vat',
				buyerType: 'details',
				buyerName: 'Firma',
				lineItems: { item: [line()] },
			});
			const error = run.error as NodeError;
			expect(error.message).toBe('inFakt: Przekroczono limit planu.');
			expect(error.httpCode).toBe('402');
			expect(error.description).toMatch(/plan of this account/);
		} finally {
			inf.sandbox.setPlanLimitReached(false);
		}
	});

	test('a locked invoice (423) says to try later', async () => {
		const invoice = seed();
		inf.sandbox.holdTasks(true);
		try {
			await inf.json({ resource: 'invoice', operation: 'markAsPaid', invoiceId: byId(invoice.uuid), options: { waitSeconds: 0 } });
			const run = await inf.run({ resource: 'invoice', operation: 'update', invoiceId: byId(invoice.uuid), updateFields: { notes: 'x' } });
			const error = run.error as NodeError;
			expect(error.httpCode).toBe('423');
			expect(error.description).toMatch(/locked for now\. Try again later/);
		} finally {
			inf.sandbox.holdTasks(false);
		}
	});

	test('a key without the write scope (403) says which scope', async () => {
		const invoice = seed();
		const run = await inf.run({ resource: 'invoice', operation: 'delete', invoiceId: byId(invoice.uuid) }, { credentials: inf.credentials({ apiKey: inf.sandbox.readOnlyKey }) });
		const error = run.error as NodeError;
		expect(error.message).toBe('inFakt: Brak uprawnień do wykonania tej operacji.');
		expect(error.description).toMatch(/api:invoices:write/);
		expect(inf.sandbox.store.invoices.has(invoice.uuid)).toBe(true);
	});

	test('a wrong key (401) fails with the credential hint and the key appears nowhere', async () => {
		const run = await inf.run({ resource: 'bankAccount', operation: 'getMany', returnAll: true }, { credentials: inf.credentials({ apiKey: 'wrong-key-123' }) });
		const error = run.error as NodeError;
		expect(error.message).toBe('inFakt: Nieprawidłowy klucz API.');
		expect(error.description).toMatch(/Check the API key in the inFakt credential/);
		expect(JSON.stringify(run.raw)).not.toContain('wrong-key-123');
	});
});
