import { bodyOf, byId, lastRequest, useInfakt } from './context';

const inf = useInfakt();

jest.setTimeout(30_000);

describe('inFakt clients', () => {
	test('Create posts {"client":…} under inFakt\'s names and answers the package\'s client shape', async () => {
		const [item] = await inf.json({
			resource: 'client',
			operation: 'create',
			name: 'Nowy Klient Sp. z o.o.',
			country: 'pl',
			additionalFields: { taxId: '526-025-02-74', street: 'Prosta', streetNumber: '5', city: 'Warszawa', postCode: '00-001', email: 'biuro@klient.example', phone: '+48 22 000 00 00', paymentMethod: 'transfer', daysToPayment: 21 },
		});
		expect(bodyOf(lastRequest(inf.sandbox, 'POST', 'clients.json'))).toEqual({
			client: {
				company_name: 'Nowy Klient Sp. z o.o.',
				nip: '526-025-02-74',
				street: 'Prosta',
				street_number: '5',
				city: 'Warszawa',
				postal_code: '00-001',
				country: 'PL',
				email: 'biuro@klient.example',
				phone_number: '+48 22 000 00 00',
				payment_method: 'transfer',
				days_to_payment: 21,
			},
		});
		expect(item).toEqual({
			id: expect.stringMatching(/^\d+$/),
			name: 'Nowy Klient Sp. z o.o.',
			taxId: '526-025-02-74',
			street: 'Prosta 5',
			city: 'Warszawa',
			postCode: '00-001',
			country: 'PL',
			email: 'biuro@klient.example',
			phone: '+48 22 000 00 00',
		});
	});

	test('a private person by first and last name; no name at all is refused before sending', async () => {
		const [item] = await inf.json({ resource: 'client', operation: 'create', name: '', country: 'PL', additionalFields: { firstName: 'Jan', lastName: 'Kowalski', businessActivityKind: 'private_person' } });
		expect(item.name).toBe('Jan Kowalski');
		const run = await inf.refusedBeforeSending({ resource: 'client', operation: 'create', name: '', country: 'PL' });
		expect(run.error?.message).toBe('Name is required');
	});

	test('a refusal (422 errors) names the fields as the node does', async () => {
		const run = await inf.run({ resource: 'client', operation: 'create', name: 'Zły Kod', country: 'PL', additionalFields: { postCode: '00001' } });
		expect(run.error?.message).toBe('inFakt: Post Code: jest nieprawidłowe');
	});

	test('Get, Update, Delete by the client\'s ID', async () => {
		const client = inf.sandbox.addClient({ company_name: 'Stary', country: 'PL' });
		const [got] = await inf.json({ resource: 'client', operation: 'get', clientId: byId(client.id), simplify: false });
		expect(got).toMatchObject({ id: client.id, company_name: 'Stary' });

		const [updated] = await inf.json({ resource: 'client', operation: 'update', clientId: byId(client.id), updateFields: { name: 'Nowy', city: 'Łódź' } });
		expect(bodyOf(lastRequest(inf.sandbox, 'PUT', `clients/${client.id}.json`))).toEqual({ client: { company_name: 'Nowy', city: 'Łódź' } });
		expect(updated).toMatchObject({ id: String(client.id), name: 'Nowy', city: 'Łódź' });

		const [gone] = await inf.json({ resource: 'client', operation: 'delete', clientId: byId(client.id) });
		expect(gone).toEqual({ deleted: true, id: String(client.id) });
		expect(lastRequest(inf.sandbox, 'DELETE', `clients/${client.id}.json`)).toBeDefined();
	});

	test('Get Many filters by tax ID digits (q[clean_nip_eq]) and name (q[company_name_cont])', async () => {
		const wanted = inf.sandbox.addClient({ company_name: 'Szukany Handel', nip: '9512345678', country: 'PL' });
		inf.sandbox.addClient({ company_name: 'Szukany Inny', nip: '9500000000', country: 'PL' });
		const items = await inf.json({ resource: 'client', operation: 'getMany', returnAll: true, filters: { taxId: '951-234-56-78', name: 'Szukany' } });
		expect(lastRequest(inf.sandbox, 'GET', 'clients.json').query).toEqual({ 'q[clean_nip_eq]': '9512345678', 'q[company_name_cont]': 'Szukany', offset: '0', limit: '100' });
		expect(items.map((item) => item.id)).toEqual([String(wanted.id)]);
	});

	test('Create or Update: none with the tax ID → POST; one → PUT to it; several → an error naming their IDs', async () => {
		const parameters = { resource: 'client', operation: 'upsert', taxId: '811-000-00-05', name: 'Upsert Sp. z o.o.', country: 'PL', additionalFields: { city: 'Poznań' } };
		const [created] = await inf.json(parameters);
		expect(lastRequest(inf.sandbox, 'GET', 'clients.json').query).toMatchObject({ 'q[clean_nip_eq]': '8110000005' });
		expect(created).toMatchObject({ created: true, name: 'Upsert Sp. z o.o.', city: 'Poznań' });
		const posts = () => inf.sandbox.requests.filter((request) => request.method === 'POST' && request.path === '/api/v3/clients.json').length;
		const postsBefore = posts();

		const [updated] = await inf.json({ ...parameters, additionalFields: { city: 'Gniezno' } });
		expect(posts()).toBe(postsBefore);
		expect(bodyOf(lastRequest(inf.sandbox, 'PUT', `clients/${String(created.id)}.json`)).client).toMatchObject({ nip: '811-000-00-05', city: 'Gniezno' });
		expect(updated).toMatchObject({ created: false, id: created.id, city: 'Gniezno' });

		const twin = inf.sandbox.addClient({ company_name: 'Bliźniak', nip: '8110000005', country: 'PL' });
		const run = await inf.run(parameters);
		expect(run.error?.message).toBe(`2 clients have the tax ID 8110000005 (IDs ${String(created.id)}, ${twin.id})`);
		expect(posts()).toBe(postsBefore);
	});
});

describe('inFakt products', () => {
	test('Create posts {"product":…} with prices in grosze and answers decimals', async () => {
		const [item] = await inf.json({
			resource: 'product',
			operation: 'create',
			name: 'Konsultacje',
			additionalFields: { unitNetPrice: '150.50', vatRate: '23', unit: 'h', classification: '62.01.11' },
		});
		expect(bodyOf(lastRequest(inf.sandbox, 'POST', 'products.json'))).toEqual({
			product: { name: 'Konsultacje', unit_net_price: 15050, tax_symbol: '23', unit: 'h', pkwiu: '62.01.11' },
		});
		expect(item).toEqual({ id: expect.stringMatching(/^\d+$/), name: 'Konsultacje', code: '62.01.11', unitNetPrice: '150.50', vatRate: '23', unit: 'h' });
	});

	test('an amount with three decimals is refused before sending', async () => {
		const run = await inf.refusedBeforeSending({ resource: 'product', operation: 'create', name: 'X', additionalFields: { unitNetPrice: '1.005' } });
		expect(run.error?.message).toBe('Unit Net Price must be a number of 0 or more with at most 2 decimal places (got "1.005")');
	});

	test('Get, Update, Delete, and Get Many by name (q[name_cont])', async () => {
		const product = inf.sandbox.addProduct({ name: 'Szkolenie BHP', unit_net_price: 50000, tax_symbol: 'zw' });
		const [got] = await inf.json({ resource: 'product', operation: 'get', productId: byId(product.id) });
		expect(got).toMatchObject({ name: 'Szkolenie BHP', unitNetPrice: '500.00', vatRate: 'zw' });

		const [updated] = await inf.json({ resource: 'product', operation: 'update', productId: byId(product.id), updateFields: { unitGrossPrice: '615.00' } });
		expect(bodyOf(lastRequest(inf.sandbox, 'PUT', `products/${product.id}.json`))).toEqual({ product: { gross_price: 61500 } });
		expect(updated.id).toBe(String(product.id));

		const items = await inf.json({ resource: 'product', operation: 'getMany', returnAll: true, filters: { name: 'bhp' } });
		expect(lastRequest(inf.sandbox, 'GET', 'products.json').query).toEqual({ 'q[name_cont]': 'bhp', offset: '0', limit: '100' });
		expect(items.map((item) => item.id)).toEqual([String(product.id)]);

		const [gone] = await inf.json({ resource: 'product', operation: 'delete', productId: byId(product.id) });
		expect(gone).toEqual({ deleted: true, id: String(product.id) });
	});
});

describe('inFakt bank accounts', () => {
	test('Get Many lists the account\'s bank accounts as inFakt keeps them', async () => {
		const items = await inf.json({ resource: 'bankAccount', operation: 'getMany', returnAll: true });
		expect(lastRequest(inf.sandbox, 'GET', 'bank_accounts.json').query).toEqual({ offset: '0', limit: '100' });
		expect(items).toEqual([
			expect.objectContaining({ id: 71, bank_name: 'Santander Bank Polska', default: true }),
			expect.objectContaining({ id: 72, currency: 'EUR' }),
		]);
	});
});
