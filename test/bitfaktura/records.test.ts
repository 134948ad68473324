import type { IDataObject } from 'n8n-workflow';

import { lastRequest as sentRequest, useBitFaktura } from './context';

const bf = useBitFaktura();

const byId = (value: unknown) => ({ __rl: true, mode: 'id', value: String(value) });

const lastRequest = (method: string, pathPrefix: string) => sentRequest(bf.sandbox, method, pathPrefix);

describe('BitFaktura clients', () => {
	test('Create, Get, Get Many by External ID, Update and Delete round-trip', async () => {
		const [created] = await bf.json({
			resource: 'client',
			operation: 'create',
			name: 'Client1',
			additionalFields: { taxId: '6272616681', city: 'Lviv', email: 'example@email.com', externalId: 'crm-7', isPerson: false, shortcut: 'C1', tags: 'vip, wholesale', person: 'person1' },
		});
		expect(lastRequest('POST', '/clients.json').body).toEqual({
			api_token: bf.sandbox.apiToken,
			client: {
				name: 'Client1',
				tax_no: '6272616681',
				city: 'Lviv',
				email: 'example@email.com',
				external_id: 'crm-7',
				company: true,
				shortcut: 'C1',
				tag_list: ['vip', 'wholesale'],
				person: 'person1',
			},
		});
		expect(created.person).toBe('person1');

		const [got] = await bf.json({ resource: 'client', operation: 'get', clientId: byId(created.id), simplify: true });
		expect(got).toEqual({
			id: String(created.id),
			name: 'Client1',
			taxId: '6272616681',
			street: null,
			city: 'Lviv',
			postCode: null,
			country: null,
			email: 'example@email.com',
			phone: null,
		});

		const [external] = await bf.json({ resource: 'client', operation: 'getMany', limit: 1, filters: { externalId: 'crm-7' }, simplify: false });
		expect(external.id).toBe(created.id);
		expect(lastRequest('GET', '/clients.json').query).toMatchObject({ external_id: 'crm-7', per_page: '1' });

		const found = await bf.json({ resource: 'client', operation: 'getMany', returnAll: true, filters: { taxId: '6272616681' }, simplify: false });
		expect(found.map((client) => client.id)).toEqual([created.id]);

		const [updated] = await bf.json({ resource: 'client', operation: 'update', clientId: byId(created.id), updateFields: { name: 'Klient2', country: 'PL' } });
		expect(lastRequest('PUT', `/clients/${String(created.id)}.json`).body).toEqual({
			api_token: bf.sandbox.apiToken,
			client: { name: 'Klient2', country: 'PL' },
		});
		expect(updated).toMatchObject({ name: 'Klient2', country: 'PL', city: 'Lviv' });

		expect(await bf.json({ resource: 'client', operation: 'delete', clientId: byId(created.id) })).toEqual([{ deleted: true, id: created.id }]);
		expect((await bf.run({ resource: 'client', operation: 'get', clientId: byId(created.id) })).error?.message).toBe('BitFaktura: Not Found');
	});

	test('An unknown external ID finds no client, and the node gives no item rather than failing', async () => {
		const run = await bf.run({ resource: 'client', operation: 'getMany', limit: 1, filters: { externalId: 'nobody' } });
		expect(run.error).toBeUndefined();
		expect(run.items()).toEqual([]);
		expect(lastRequest('GET', '/clients.json').query.external_id).toBe('nobody');
	});

	test('Update sends the contact person under the name the API gives it', async () => {
		const client = bf.sandbox.addClient({ name: 'Klient' });
		await bf.json({ resource: 'client', operation: 'update', clientId: byId(client.id), updateFields: { person: 'person2' } });
		expect(lastRequest('PUT', `/clients/${client.id}.json`).body?.client).toEqual({ person: 'person2' });
	});

	test('Update with nothing to change is refused before sending', async () => {
		const run = await bf.refusedBeforeSending({ resource: 'client', operation: 'update', clientId: byId(1), updateFields: {} });
		expect(run.error?.message).toBe('No field to update was set');
	});
});

describe('BitFaktura products, warehouses and stock', () => {
	test('Products round-trip, and update refuses a net price the service would ignore', async () => {
		const [product] = await bf.json({
			resource: 'product',
			operation: 'create',
			name: 'PoroductAA',
			additionalFields: { code: 'A001', unitNetPrice: '100', vatRate: '23' },
			simplify: false,
		});
		expect(lastRequest('POST', '/products.json').body?.product).toEqual({ name: 'PoroductAA', code: 'A001', price_net: '100', tax: 23 });

		const [simple] = await bf.json({ resource: 'product', operation: 'get', productId: byId(product.id), simplify: true });
		expect(simple).toEqual({ id: String(product.id), name: 'PoroductAA', code: 'A001', unitNetPrice: '100.00', vatRate: '23', unit: null });

		await bf.json({ resource: 'product', operation: 'update', productId: byId(product.id), updateFields: { name: 'PoroductAA2', unitGrossPrice: '102' } });
		expect(lastRequest('PUT', `/products/${String(product.id)}.json`).body?.product).toEqual({ name: 'PoroductAA2', price_gross: '102' });

		const refused = await bf.run({ resource: 'product', operation: 'update', productId: byId(product.id), updateFields: { unitNetPrice: '90' } });
		expect(refused.error?.message).toBe('Unit Net Price cannot be changed on Update');

		expect(await bf.json({ resource: 'product', operation: 'delete', productId: byId(product.id) })).toEqual([{ deleted: true, id: product.id }]);
	});

	test('Warehouse documents move stock, and products report it per warehouse', async () => {
		const [main] = await bf.json({ resource: 'warehouse', operation: 'create', name: 'Main', additionalFields: { description: 'Kyiv' } });
		const [second] = await bf.json({ resource: 'warehouse', operation: 'create', name: 'Second' });
		const [paper] = await bf.json({ resource: 'product', operation: 'create', name: 'Paper', simplify: false });

		const [received] = await bf.json({
			resource: 'warehouseDocument',
			operation: 'create',
			kind: 'pz',
			warehouseId: byId(main.id),
			actions: { action: [{ productId: byId(paper.id), quantity: '10', purchaseNetPrice: '2.50', purchaseVatRate: '20' }] },
			additionalFields: { issueDate: '2024-12-15', clientName: 'Supplier' },
		});
		expect(lastRequest('POST', '/warehouse_documents.json').body?.warehouse_document).toEqual({
			kind: 'pz',
			warehouse_id: main.id,
			issue_date: '2024-12-15',
			client_name: 'Supplier',
			warehouse_actions: [{ product_id: paper.id, quantity: '10', purchase_price_net: '2.5', purchase_tax: 20 }],
		});

		await bf.json({
			resource: 'warehouseDocument',
			operation: 'create',
			kind: 'mm',
			warehouseId: byId(main.id),
			actions: { action: [{ productId: byId(paper.id), quantity: '4', targetWarehouseId: byId(second.id) }] },
		});
		const [inMain] = await bf.json({ resource: 'product', operation: 'get', productId: byId(paper.id), options: { warehouseId: byId(main.id) }, simplify: false });
		const inSecond = await bf.json({ resource: 'product', operation: 'getMany', returnAll: true, filters: { warehouseId: byId(second.id) }, simplify: false });
		expect(Number(inMain.stock_level)).toBe(6);
		expect(Number(inSecond.find((product: IDataObject) => product.id === paper.id)?.stock_level)).toBe(4);

		const [got] = await bf.json({ resource: 'warehouseDocument', operation: 'get', warehouseDocumentId: byId(received.id), simplify: false });
		expect(got.kind).toBe('pz');
		const documents = await bf.json({ resource: 'warehouseDocument', operation: 'getMany', returnAll: true });
		expect(documents.length).toBe(2);
		await bf.json({ resource: 'warehouseDocument', operation: 'update', warehouseDocumentId: byId(received.id), updateFields: { clientName: 'New client name SA' } });
		expect(lastRequest('PUT', `/warehouse_documents/${String(received.id)}.json`).body?.warehouse_document).toEqual({ client_name: 'New client name SA' });
		expect(await bf.json({ resource: 'warehouseDocument', operation: 'delete', warehouseDocumentId: byId(received.id) })).toEqual([{ deleted: true, id: received.id }]);

		const warehouses = await bf.json({ resource: 'warehouse', operation: 'getMany', returnAll: true });
		expect(warehouses.map((warehouse) => warehouse.name)).toEqual(expect.arrayContaining(['Main', 'Second']));
		await bf.json({ resource: 'warehouse', operation: 'update', warehouseId: byId(second.id), updateFields: { name: 'Overflow' } });
		const [renamed] = await bf.json({ resource: 'warehouse', operation: 'get', warehouseId: byId(second.id) });
		expect(renamed.name).toBe('Overflow');
		expect(await bf.json({ resource: 'warehouse', operation: 'delete', warehouseId: byId(second.id) })).toEqual([{ deleted: true, id: second.id }]);
	});

	test('A transfer without a target warehouse is refused before sending', async () => {
		const run = await bf.refusedBeforeSending({
			resource: 'warehouseDocument',
			operation: 'create',
			kind: 'mm',
			warehouseId: byId(1),
			actions: { action: [{ productName: 'Paper', quantity: '1' }] },
		});
		expect(run.error?.message).toBe('Product 1: Target Warehouse is required for a transfer (MM)');
	});
});

describe('BitFaktura categories', () => {
	test('Create, Get, Get Many, Update and Delete', async () => {
		const [category] = await bf.json({ resource: 'category', operation: 'create', name: 'my_category' });
		expect(lastRequest('POST', '/categories.json').body).toEqual({ api_token: bf.sandbox.apiToken, category: { name: 'my_category' } });
		const [got] = await bf.json({ resource: 'category', operation: 'get', categoryId: byId(category.id) });
		expect(got.name).toBe('my_category');
		await bf.json({ resource: 'category', operation: 'update', categoryId: byId(category.id), updateFields: { description: 'Paper goods' } });
		const all = await bf.json({ resource: 'category', operation: 'getMany', returnAll: true });
		expect(all.find((entry) => entry.id === category.id)?.description).toBe('Paper goods');
		expect(await bf.json({ resource: 'category', operation: 'delete', categoryId: byId(category.id) })).toEqual([{ deleted: true, id: category.id }]);
	});
});

describe('BitFaktura payments', () => {
	test('A payment pays its invoices in order, and is read, listed, patched and deleted', async () => {
		const invoices = await bf.json(
			{
				resource: 'invoice',
				operation: 'create',
				buyerName: 'Payer',
				lineItems: { item: [{ name: 'Item', quantity: '1', totalGross: '={{ $json.gross }}', vatRate: '0' }] },
				simplify: false,
			},
			{ input: [{ gross: '60' }, { gross: '100' }] },
		);
		const [payment] = await bf.json({
			resource: 'payment',
			operation: 'create',
			name: 'Payment 001',
			amount: '100.05',
			additionalFields: { invoiceIds: `${String(invoices[0].id)}, ${String(invoices[1].id)}`, paidDate: '2024-12-20', currency: 'UAH' },
		});
		expect(lastRequest('POST', '/banking/payments.json').body).toEqual({
			api_token: bf.sandbox.apiToken,
			banking_payment: {
				name: 'Payment 001',
				price: '100.05',
				currency: 'UAH',
				paid_date: '2024-12-20',
				invoice_ids: [invoices[0].id, invoices[1].id],
				kind: 'api',
			},
		});
		const statuses = await Promise.all(
			invoices.map(async (invoice) => (await bf.json({ resource: 'invoice', operation: 'get', invoiceId: byId(invoice.id), simplify: false }))[0]),
		);
		expect(statuses.map((invoice) => [invoice.status, invoice.paid])).toEqual([
			['paid', '60.00'],
			['partial', '40.05'],
		]);

		const [got] = await bf.json({ resource: 'payment', operation: 'get', paymentId: byId(payment.id) });
		expect(lastRequest('GET', '/banking/payment/').path).toBe(`/banking/payment/${String(payment.id)}.json`);
		expect(got.name).toBe('Payment 001');

		const listed = await bf.json({ resource: 'payment', operation: 'getMany', returnAll: true, includeInvoices: true, simplify: false });
		expect(lastRequest('GET', '/banking/payments.json').query.include).toBe('invoices');
		expect(listed.map((entry) => entry.id)).toContain(payment.id);

		await bf.json({ resource: 'payment', operation: 'update', paymentId: byId(payment.id), updateFields: { description: 'abonament roczny' } });
		expect(lastRequest('PATCH', '/banking/payments/').body?.banking_payment).toEqual({ description: 'abonament roczny' });

		expect(await bf.json({ resource: 'payment', operation: 'delete', paymentId: byId(payment.id) })).toEqual([{ deleted: true, id: payment.id }]);
	});
});

describe('BitFaktura payments as the API page\'s full example makes them', () => {
	test('Payer, product and a generated invoice\'s buyer go under the names of the API\'s full payment example', async () => {
		const product = bf.sandbox.addProduct({ name: 'produkt1', price_net: '100', tax: '20' });
		const [payment] = await bf.json({
			resource: 'payment',
			operation: 'create',
			name: 'Plantnosc za produkt1',
			amount: '100.00',
			generateInvoice: true,
			invoiceBuyer: { name: 'Company name', taxId: '6272616681', street: 'street 52', city: 'Warszawa', postCode: '00-112' },
			additionalFields: {
				currency: 'PLN',
				description: 'abonament roczny',
				email: 'email@email.pl',
				firstName: 'Jan',
				lastName: 'Kowalski',
				productId: byId(product.id),
				quantity: '1',
				provider: 'transfer',
				paid: true,
			},
		});
		expect(lastRequest('POST', '/banking/payments.json').body?.banking_payment).toEqual({
			name: 'Plantnosc za produkt1',
			price: '100',
			currency: 'PLN',
			description: 'abonament roczny',
			email: 'email@email.pl',
			first_name: 'Jan',
			last_name: 'Kowalski',
			product_id: product.id,
			quantity: '1',
			provider: 'transfer',
			paid: true,
			generate_invoice: true,
			invoice_name: 'Company name',
			invoice_tax_no: '6272616681',
			invoice_street: 'street 52',
			invoice_city: 'Warszawa',
			invoice_post_code: '00-112',
			kind: 'api',
		});
		expect(payment).toMatchObject({ first_name: 'Jan', last_name: 'Kowalski', generate_invoice: true, invoice_name: 'Company name' });
	});

	test('Without Generate Invoice, the buyer fields stay off the wire', async () => {
		await bf.json({
			resource: 'payment',
			operation: 'create',
			name: 'Plain',
			amount: '5',
			generateInvoice: false,
			invoiceBuyer: { name: 'Ignored' },
		});
		expect(lastRequest('POST', '/banking/payments.json').body?.banking_payment).toEqual({ name: 'Plain', price: '5', kind: 'api' });
	});

	test('Simplify gives a payment\'s amount, date, state and invoices in a compact shape', async () => {
		const invoice = bf.sandbox.addInvoice({ buyer_name: 'Payer', positions: [{ name: 'A', quantity: 1, total_price_gross: '60', tax: 0 }] });
		const client = bf.sandbox.addClient({ name: 'Payer' });
		const payment = bf.sandbox.addPayment({ name: 'Order 7', price: '60', currency: 'UAH', paid_date: '2024-12-20', invoice_id: invoice.id, client_id: client.id, oid: 'order-7' });
		const [simple] = await bf.json({ resource: 'payment', operation: 'get', paymentId: byId(payment.id) });
		expect(simple).toEqual({
			id: String(payment.id),
			name: 'Order 7',
			amount: '60.00',
			currency: 'UAH',
			paid: true,
			date: '2024-12-20',
			invoiceIds: [String(invoice.id)],
			clientId: String(client.id),
			orderId: 'order-7',
		});
		const listed = await bf.json({ resource: 'payment', operation: 'getMany', returnAll: true });
		expect(listed.find((entry) => entry.id === String(payment.id))).toEqual(simple);
	});
});

describe('BitFaktura warehouse documents, simplified', () => {
	test('Simplify gives the document, its warehouse and its lines in a compact shape', async () => {
		const warehouse = bf.sandbox.addWarehouse({ name: 'Simplify store' });
		const paper = bf.sandbox.addProduct({ name: 'Simplify paper', price_net: '2', tax: '20' });
		const document = bf.sandbox.addWarehouseDocument({
			kind: 'wz',
			warehouse_id: warehouse.id,
			issue_date: '2024-12-15',
			client_name: 'Buyer LLC',
			warehouse_actions: [{ product_id: paper.id, quantity: '2', price_net: '3.50', tax: 20 }],
		});
		const [simple] = await bf.json({ resource: 'warehouseDocument', operation: 'get', warehouseDocumentId: byId(document.id) });
		expect(simple).toEqual({
			id: String(document.id),
			number: document.number,
			kind: 'wz',
			issueDate: '2024-12-15',
			warehouseId: String(warehouse.id),
			clientName: 'Buyer LLC',
			departmentName: expect.any(String),
			items: [{ productId: String(paper.id), name: 'Simplify paper', quantity: '2', unitNetPrice: '3.50', purchaseNetPrice: null, targetWarehouseId: null }],
		});
	});

	test('A client and department picked from the list go as their IDs', async () => {
		const warehouse = bf.sandbox.addWarehouse({ name: 'Picked store' });
		const client = bf.sandbox.addClient({ name: 'Picked supplier' });
		await bf.json({
			resource: 'warehouseDocument',
			operation: 'create',
			kind: 'pz',
			warehouseId: { __rl: true, mode: 'list', value: String(warehouse.id) },
			actions: { action: [{ productName: 'Picked paper', quantity: '1' }] },
			additionalFields: { clientId: { __rl: true, mode: 'list', value: String(client.id) }, departmentId: byId(1) },
		});
		expect(lastRequest('POST', '/warehouse_documents.json').body?.warehouse_document).toMatchObject({
			warehouse_id: warehouse.id,
			client_id: String(client.id),
			department_id: '1',
		});
	});
});

describe('BitFaktura departments', () => {
	test('Departments are listed, read and updated, and a logo is uploaded from a binary property', async () => {
		const departments = await bf.json({ resource: 'department', operation: 'getMany', returnAll: true });
		const main = departments[0] as IDataObject;
		const [got] = await bf.json({ resource: 'department', operation: 'get', departmentId: byId(main.id) });
		expect(got.id).toBe(main.id);

		await bf.json({ resource: 'department', operation: 'update', departmentId: byId(main.id), updateFields: { name: 'Main Office', taxId: '5252445700' } });
		expect(lastRequest('PUT', `/departments/${String(main.id)}.json`).body?.department).toEqual({ name: 'Main Office', tax_no: '5252445700' });

		const logo = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
		const run = await bf.run(
			{ resource: 'department', operation: 'uploadLogo', departmentId: byId(main.id), binaryPropertyName: 'logo' },
			{ binaryInput: [{ logo: { data: logo, fileName: 'logo.png', mimeType: 'image/png' } }] },
		);
		expect(run.error).toBeUndefined();
		const upload = lastRequest('PUT', `/departments/${String(main.id)}.json`);
		expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		expect(upload.query.api_token).toBe(bf.sandbox.apiToken);
		expect(upload.rawBody.includes(logo)).toBe(true);
		expect(upload.rawBody.toString('latin1')).toContain('name="department[logo]"; filename="logo.png"');
	});

	test('A department is created, simplified to the canonical party shape, and deleted', async () => {
		const [created] = await bf.json({
			resource: 'department',
			operation: 'create',
			name: 'Branch Lviv',
			additionalFields: { shortcut: 'LV', taxId: '5252445700', city: 'Lviv', person: 'Jan Nowak', bank: 'Bank1' },
		});
		expect(lastRequest('POST', '/departments.json').body).toEqual({
			api_token: bf.sandbox.apiToken,
			department: { name: 'Branch Lviv', shortcut: 'LV', tax_no: '5252445700', city: 'Lviv', person: 'Jan Nowak', bank: 'Bank1' },
		});
		const [simple] = await bf.json({ resource: 'department', operation: 'get', departmentId: byId(created.id) });
		expect(simple).toEqual({
			id: String(created.id),
			name: 'Branch Lviv',
			taxId: '5252445700',
			street: null,
			city: 'Lviv',
			postCode: null,
			country: null,
			email: null,
			phone: null,
		});
		expect(await bf.json({ resource: 'department', operation: 'delete', departmentId: byId(created.id) })).toEqual([{ deleted: true, id: created.id }]);
		expect(lastRequest('DELETE', `/departments/${String(created.id)}.json`).query.api_token).toBe(bf.sandbox.apiToken);
	});

	test('A file that is not an image is refused before upload', async () => {
		const run = await bf.refusedBeforeSending(
			{ resource: 'department', operation: 'uploadLogo', departmentId: byId(1), binaryPropertyName: 'data' },
			{ binaryInput: [{ data: { data: Buffer.from('hello'), fileName: 'notes.txt', mimeType: 'text/plain' } }] },
		);
		expect(run.error?.message).toBe('The file in "data" is text/plain, not an image');
	});
});

describe('BitFaktura partner operations', () => {
	test('Log In sends the login, the password and the integration token, no API token, and never echoes the password', async () => {
		const [user] = await bf.json({ resource: 'user', operation: 'logIn', login: 'owner@example.com', password: 'sandbox-password' });
		const request = lastRequest('POST', '/login.json');
		expect(request.body).toEqual({
			login: 'owner@example.com',
			password: 'sandbox-password',
			integration_token: bf.sandbox.integrationToken,
		});
		expect(request.query).toEqual({});
		expect(user.api_token).toEqual(expect.any(String));
		expect(JSON.stringify(user)).not.toContain('sandbox-password');
	});

	test('A wrong password is refused by the service', async () => {
		const run = await bf.run({ resource: 'user', operation: 'logIn', login: 'owner@example.com', password: 'nope' });
		expect((run.error as { httpCode?: string }).httpCode).toBe('401');
	});

	test('A user is created with the integration token alone, as the API page shows', async () => {
		const [user] = await bf.json({ resource: 'user', operation: 'create', email: 'new.user@example.com', password: 'secret-pass-1' });
		const request = lastRequest('POST', '/users.json');
		expect(request.body).toEqual({
			user: { email: 'new.user@example.com', password: 'secret-pass-1' },
			integration_token: bf.sandbox.integrationToken,
		});
		expect(request.query).toEqual({});
		expect(JSON.stringify(user)).not.toContain('secret-pass-1');
	});

	test('An account is created with both tokens and read with both, as the API page shows', async () => {
		const [account] = await bf.json({
			resource: 'account',
			operation: 'create',
			prefix: 'prefix1',
			owner: { login: 'login1', email: 'email1@email.pl', password: 'password1', partnerCode: 'PARTNER_CODE' },
			company: { name: 'Company1', taxId: '5252445700', city: 'Warsaw', person: 'Jan Nowak' },
		});
		expect(lastRequest('POST', '/account.json').body).toEqual({
			api_token: bf.sandbox.apiToken,
			account: { prefix: 'prefix1' },
			user: { login: 'login1', email: 'email1@email.pl', password: 'password1', from_partner: 'PARTNER_CODE' },
			company: { name: 'Company1', tax_no: '5252445700', city: 'Warsaw', person: 'Jan Nowak' },
			integration_token: bf.sandbox.integrationToken,
		});
		expect(account.prefix).toEqual(expect.any(String));

		const [info] = await bf.json({ resource: 'account', operation: 'get' });
		expect(lastRequest('GET', '/account.json').query).toEqual({ api_token: bf.sandbox.apiToken, integration_token: bf.sandbox.integrationToken });
		expect(info.prefix).toEqual(expect.any(String));
	});

	test('Other calls never carry the integration token', async () => {
		await bf.json({ resource: 'category', operation: 'getMany', limit: 1 });
		expect(lastRequest('GET', '/categories.json').query).not.toHaveProperty('integration_token');
		await bf.json({ resource: 'category', operation: 'create', name: 'No partner token' });
		expect(lastRequest('POST', '/categories.json').body).not.toHaveProperty('integration_token');
	});

	test('Partner operations without an integration token say what is missing', async () => {
		const run = await bf.refusedBeforeSending({ resource: 'account', operation: 'get' }, { credentials: bf.credentials({ integrationToken: '' }) });
		expect(run.error?.message).toBe('This operation needs the Integration Token of the BitFaktura credential');
		const login = await bf.refusedBeforeSending(
			{ resource: 'user', operation: 'logIn', login: 'owner@example.com', password: 'sandbox-password' },
			{ credentials: bf.credentials({ integrationToken: '' }) },
		);
		expect(login.error?.message).toBe('This operation needs the Integration Token of the BitFaktura credential');
	});
});
