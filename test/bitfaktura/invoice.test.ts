import type { IDataObject } from 'n8n-workflow';

import { lastRequest as sentRequest, useBitFaktura } from './context';

const bf = useBitFaktura();

const byId = (value: unknown) => ({ __rl: true, mode: 'id', value: String(value) });

const twoLines = {
	item: [
		{ name: 'Produkt A1', quantity: '1', totalGross: '10.23', vatRate: '23' },
		{ name: 'Produkt A2', quantity: '2', totalGross: '50', vatRate: '0' },
	],
};

async function createInvoice(extra: IDataObject = {}): Promise<IDataObject> {
	const [invoice] = await bf.json({
		resource: 'invoice',
		operation: 'create',
		buyerName: 'Client1 SA',
		buyer: { taxId: '6272616681', city: 'Kyiv' },
		lineItems: twoLines,
		additionalFields: { issueDate: '2024-12-15', saleDate: '2024-12-15', dueDate: '2024-12-22' },
		simplify: false,
		...extra,
	});
	return invoice;
}

const lastRequest = (method: string, pathPrefix: string) => sentRequest(bf.sandbox, method, pathPrefix);

describe('BitFaktura invoices', () => {
	test('Create sends the documented body: token beside the invoice, buyer fields and positions', async () => {
		const invoice = await createInvoice();

		const request = lastRequest('POST', '/invoices.json');
		expect(request.headers['content-type']).toContain('application/json');
		expect(request.query.api_token).toBeUndefined();
		expect(request.body).toEqual({
			api_token: bf.sandbox.apiToken,
			invoice: {
				issue_date: '2024-12-15',
				sell_date: '2024-12-15',
				payment_to: '2024-12-22',
				buyer_name: 'Client1 SA',
				buyer_tax_no: '6272616681',
				buyer_city: 'Kyiv',
				positions: [
					{ name: 'Produkt A1', quantity: '1', total_price_gross: '10.23', tax: 23 },
					{ name: 'Produkt A2', quantity: '2', total_price_gross: '50', tax: 0 },
				],
			},
		});
		expect(invoice.id).toEqual(expect.any(Number));
		expect(invoice.number).toBe('1/12/2024');
		expect(invoice.price_gross).toBe('60.23');
	});

	test('Create for an existing client and product sends only their IDs, and Simplify gives the canonical shape', async () => {
		const [client] = await bf.json({ resource: 'client', operation: 'create', name: 'Acme LLC', simplify: false });
		const [product] = await bf.json({
			resource: 'product',
			operation: 'create',
			name: 'Consulting hour',
			additionalFields: { unitNetPrice: '100', vatRate: '20' },
		});
		const [invoice] = await bf.json({
			resource: 'invoice',
			operation: 'create',
			buyerType: 'client',
			clientId: { __rl: true, mode: 'list', value: String(client.id) },
			lineItems: { item: [{ productId: String(product.id), quantity: '2' }] },
			additionalFields: { paymentTermDays: 5, departmentId: byId(1) },
			simplify: true,
		});

		expect(lastRequest('POST', '/invoices.json').body?.invoice).toEqual({
			client_id: client.id,
			department_id: '1',
			payment_to_kind: 5,
			positions: [{ product_id: product.id, quantity: '2' }],
		});
		expect(invoice).toMatchObject({
			id: expect.any(String),
			kind: 'vat',
			status: 'issued',
			net: '200.00',
			gross: '240.00',
			buyer: { name: 'Acme LLC', taxId: null, city: null },
			provider: 'bitfaktura',
		});
	});

	test('Percent discounts switch the invoice to show them, computed on the unit net price', async () => {
		await createInvoice({
			lineItems: { item: [{ name: 'A', quantity: '1', totalGross: '10.23', vatRate: '23', discountPercent: '50' }] },
		});
		const sent = lastRequest('POST', '/invoices.json').body?.invoice as IDataObject;
		expect(sent).toMatchObject({ show_discount: true, discount_kind: 'percent_unit' });
		expect((sent.positions as IDataObject[])[0].discount_percent).toBe('50');
	});

	test('Amount discounts are sent as amounts', async () => {
		await createInvoice({
			lineItems: { item: [{ name: 'A', quantity: '1', totalGross: '10.23', vatRate: '23', discountAmount: '5' }] },
		});
		const sent = lastRequest('POST', '/invoices.json').body?.invoice as IDataObject;
		expect(sent).toMatchObject({ show_discount: true, discount_kind: 'amount' });
		expect((sent.positions as IDataObject[])[0].discount).toBe('5');
	});

	test('Get returns the invoice with its positions', async () => {
		const created = await createInvoice();
		const [invoice] = await bf.json({ resource: 'invoice', operation: 'get', invoiceId: byId(created.id), simplify: false });
		expect(invoice.id).toBe(created.id);
		expect((invoice.positions as IDataObject[]).map((position) => position.name)).toEqual(['Produkt A1', 'Produkt A2']);
		expect(lastRequest('GET', `/invoices/${String(created.id)}.json`).query.api_token).toBe(bf.sandbox.apiToken);
	});

	test('Update adds, changes and removes positions in one request', async () => {
		const created = await createInvoice();
		const [full] = await bf.json({ resource: 'invoice', operation: 'get', invoiceId: byId(created.id), simplify: false });
		const [first, second] = full.positions as IDataObject[];

		const [updated] = await bf.json({
			resource: 'invoice',
			operation: 'update',
			invoiceId: byId(created.id),
			updateFields: { buyerName: 'New buyer name SA' },
			lineItemsToAdd: { item: [{ name: 'Produkt A3', quantity: '1', totalGross: '5', vatRate: 'zw' }] },
			lineItemsToChange: { item: [{ positionId: String(first.id), quantity: '3' }] },
			positionIdsToRemove: String(second.id),
			simplify: false,
		});

		expect(lastRequest('PUT', `/invoices/${String(created.id)}.json`).body).toEqual({
			api_token: bf.sandbox.apiToken,
			invoice: {
				buyer_name: 'New buyer name SA',
				positions: [
					{ id: first.id, quantity: '3' },
					{ id: second.id, _destroy: 1 },
					{ name: 'Produkt A3', quantity: '1', total_price_gross: '5', tax: 'zw' },
				],
			},
		});
		expect(updated.buyer_name).toBe('New buyer name SA');
		// The PUT's answer has no positions, so the invoice was read back: the output holds the lines as they now are.
		const afterPut = bf.sandbox.requests.slice(bf.sandbox.requests.findIndex((request) => request === lastRequest('PUT', `/invoices/${String(created.id)}.json`)));
		expect(afterPut.map((request) => `${request.method} ${request.path}`)).toEqual([`PUT /invoices/${String(created.id)}.json`, `GET /invoices/${String(created.id)}.json`]);
		expect((updated.positions as IDataObject[]).map((position) => [position.name, position.quantity])).toEqual([
			['Produkt A1', '3.0'],
			['Produkt A3', '1.0'],
		]);
	});

	test('Delete answers {deleted: true} and the invoice is gone', async () => {
		const created = await createInvoice();
		const output = await bf.json({ resource: 'invoice', operation: 'delete', invoiceId: byId(created.id) });
		expect(output).toEqual([{ deleted: true, id: created.id }]);
		expect(lastRequest('DELETE', `/invoices/${String(created.id)}.json`).query.api_token).toBe(bf.sandbox.apiToken);

		const run = await bf.run({ resource: 'invoice', operation: 'get', invoiceId: byId(created.id) });
		expect(run.error?.message).toContain('Not Found');
	});

	test('Download PDF puts the file in the binary property with a PDF name and type', async () => {
		const created = await createInvoice();
		const run = await bf.run({
			resource: 'invoice',
			operation: 'downloadPdf',
			invoiceId: byId(created.id),
			printOption: 'duplicate',
			binaryPropertyName: 'invoicePdf',
		});
		expect(run.error).toBeUndefined();
		const [item] = run.items();
		const file = item.binary?.invoicePdf;
		expect(file?.mimeType).toBe('application/pdf');
		expect(file?.fileName).toMatch(/\.pdf$/);
		const bytes = await run.readBinary(item, 'invoicePdf');
		expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
		expect(lastRequest('GET', `/invoices/${String(created.id)}.pdf`).query).toMatchObject({
			print_option: 'duplicate',
			api_token: bf.sandbox.apiToken,
		});
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('Send by Email passes the recipients in the query, with the token', async () => {
		const created = await createInvoice();
		const [result] = await bf.json({
			resource: 'invoice',
			operation: 'sendByEmail',
			invoiceId: byId(created.id),
			options: { to: 'a@example.com, b@example.com', cc: 'boss@example.com' },
		});
		const request = lastRequest('POST', `/invoices/${String(created.id)}/send_by_email.json`);
		expect(request.query).toMatchObject({
			api_token: bf.sandbox.apiToken,
			email_to: 'a@example.com,b@example.com',
			email_cc: 'boss@example.com',
			email_pdf: 'true',
		});
		expect(result).toMatchObject({ sent: true, status: 'ok' });
	});

	test('Send by Email without any address fails with the service message from its 200 answer', async () => {
		const [client] = await bf.json({ resource: 'client', operation: 'create', name: 'No Mail Ltd', simplify: false });
		const [created] = await bf.json({
			resource: 'invoice',
			operation: 'create',
			buyerType: 'client',
			clientId: { __rl: true, mode: 'id', value: String(client.id) },
			lineItems: twoLines,
			simplify: false,
		});
		const run = await bf.run({ resource: 'invoice', operation: 'sendByEmail', invoiceId: byId(created.id) });
		expect(run.error?.constructor.name).toBe('NodeApiError');
		expect(run.error?.message).toMatch(/^BitFaktura: .*e-?mail/i);
	});

	test('More than five recipients are refused before anything is sent', async () => {
		const run = await bf.refusedBeforeSending({
			resource: 'invoice',
			operation: 'sendByEmail',
			invoiceId: byId(1),
			options: { to: 'a@x.io,b@x.io,c@x.io,d@x.io,e@x.io,f@x.io' },
		});
		expect(run.error?.message).toContain('at most 5');
	});

	test('Change Status sends the status in the query', async () => {
		const created = await createInvoice();
		const [result] = await bf.json({ resource: 'invoice', operation: 'changeStatus', invoiceId: byId(created.id), status: 'paid' });
		expect(result).toEqual({ id: created.id, status: 'paid' });
		expect(lastRequest('POST', `/invoices/${String(created.id)}/change_status.json`).query).toMatchObject({ status: 'paid' });
		const [after] = await bf.json({ resource: 'invoice', operation: 'get', invoiceId: byId(created.id), simplify: true });
		expect(after.status).toBe('paid');
	});

	test('Cancel keeps the invoice with its reason', async () => {
		const created = await createInvoice();
		await bf.json({ resource: 'invoice', operation: 'cancel', invoiceId: byId(created.id), reason: 'Order withdrawn' });
		expect(lastRequest('POST', '/invoices/cancel.json').body).toEqual({
			api_token: bf.sandbox.apiToken,
			cancel_invoice_id: created.id,
			cancel_reason: 'Order withdrawn',
		});
		const [after] = await bf.json({ resource: 'invoice', operation: 'get', invoiceId: byId(created.id), simplify: false });
		expect(after).toMatchObject({ cancelled: true, cancel_reason: 'Order withdrawn' });
	});

	test('an order already invoiced is returned, marked as found, instead of being invoiced twice', async () => {
		const orderId = `order-${Date.now()}`;
		const first = await createInvoice({ additionalFields: { orderId } });
		const postsBefore = bf.sandbox.requests.filter((request) => request.method === 'POST').length;
		const [again] = await bf.json({
			resource: 'invoice',
			operation: 'create',
			buyerName: 'Client1 SA',
			lineItems: twoLines,
			additionalFields: { orderId },
			simplify: false,
		});
		expect(again).toMatchObject({ id: first.id, oid: orderId, alreadyExisted: true });
		expect(bf.sandbox.requests.filter((request) => request.method === 'POST')).toHaveLength(postsBefore);
		expect(lastRequest('GET', '/invoices.json').query).toMatchObject({ oid: orderId, period: 'all' });
		expect(bf.sandbox.store.invoices.all().filter((invoice) => invoice.oid === orderId)).toHaveLength(1);
	});

	test('Refuse Duplicate Order ID: the service refuses an order ID a document of another kind holds', async () => {
		const orderId = `order-${Date.now()}`;
		await createInvoice({ additionalFields: { orderId, kind: 'proforma' } });
		const run = await bf.run({
			resource: 'invoice',
			operation: 'create',
			buyerName: 'Client1 SA',
			lineItems: twoLines,
			additionalFields: { orderId, refuseDuplicateOrderId: true },
		});
		expect(lastRequest('POST', '/invoices.json').body?.invoice).toMatchObject({ oid: orderId, oid_unique: 'yes' });
		expect(run.error?.message).toMatch(/^BitFaktura: Oid /);
		expect((run.error as { httpCode?: string }).httpCode).toBe('422');
	});
});

/*
 * BitFaktura answers a create without the invoice's positions (docs/services/bitfaktura.md, Wire format), so
 * Create reads the invoice back by its ID for the lines.
 */
describe('BitFaktura Create invoice reads the invoice back for its lines', () => {
	afterEach(() => bf.sandbox.faults.clear());

	const sentSince = (before: number) => bf.sandbox.requests.slice(before).map((request) => `${request.method} ${request.path}`);

	test('one POST, then one GET of the new invoice, and Simplify lists the lines as BitFaktura computed them', async () => {
		const before = bf.sandbox.requests.length;
		const [invoice] = await bf.json({
			resource: 'invoice',
			operation: 'create',
			buyerName: 'Read Back SA',
			lineItems: twoLines,
			additionalFields: { issueDate: '2024-12-15' },
			simplify: true,
		});
		expect(sentSince(before)).toEqual(['POST /invoices.json', `GET /invoices/${String(invoice.id)}.json`]);
		expect(invoice.items).toEqual([
			{ name: 'Produkt A1', quantity: '1', unit: null, unitNetPrice: '8.32', vatRate: '23', gross: '10.23' },
			{ name: 'Produkt A2', quantity: '2', unit: null, unitNetPrice: '25.00', vatRate: '0', gross: '50.00' },
		]);
	});

	test('with Simplify off, the item is the invoice as read back, positions included', async () => {
		const invoice = await createInvoice();
		expect((invoice.positions as IDataObject[]).map((position) => position.name)).toEqual(['Produkt A1', 'Produkt A2']);
	});

	test('with an Order ID: one look-up, one POST, one read-back; a re-run finds the invoice with its lines, nothing sent again', async () => {
		const orderId = `read-back-${Date.now()}`;
		const parameters = { resource: 'invoice', operation: 'create', buyerName: 'Read Back SA', lineItems: twoLines, additionalFields: { orderId }, simplify: true };
		const before = bf.sandbox.requests.length;
		const [first] = await bf.json(parameters);
		expect(sentSince(before)).toEqual(['GET /invoices.json', 'POST /invoices.json', `GET /invoices/${String(first.id)}.json`]);
		expect(lastRequest('GET', '/invoices.json').query).toMatchObject({ oid: orderId, period: 'all', include_positions: 'true' });

		const rerun = bf.sandbox.requests.length;
		const [again] = await bf.json(parameters);
		expect(sentSince(rerun)).toEqual(['GET /invoices.json']);
		expect(again).toMatchObject({ id: first.id, alreadyExisted: true });
		expect(again.items).toEqual(first.items);
		expect(bf.sandbox.store.invoices.all().filter((invoice) => invoice.oid === orderId)).toHaveLength(1);
	});

	test('a failed read-back says which invoice was issued and that it must not be issued again, with the outcome "done" and one POST', async () => {
		const count = bf.sandbox.store.invoices.all().length;
		const before = bf.sandbox.requests.length;
		const notFound = { kind: 'status' as const, status: 404, contentType: 'application/json; charset=utf-8', body: JSON.stringify({ code: 'error', message: 'Not found' }) };
		bf.sandbox.faults.inject({ method: 'GET', path: /^\/invoices\/\d+\.json$/, times: Infinity, fault: notFound });
		const run = await bf.run({ resource: 'invoice', operation: 'create', buyerName: 'Unread SA', lineItems: twoLines, additionalFields: { orderId: `unread-${Date.now()}` } });
		const error = run.error as Error & { description?: string; context?: IDataObject };
		expect(error.message).toMatch(/^BitFaktura issued invoice \S+ \(ID \d+\), but reading it back failed: BitFaktura: Not found/);
		expect(error.description).toMatch(/that stands\. Do not send it again/);
		expect(error.context?.outcome).toBe('done');
		expect(bf.sandbox.requests.slice(before).filter((request) => request.method === 'POST')).toHaveLength(1);
		expect(bf.sandbox.store.invoices.all()).toHaveLength(count + 1);
	});
});
