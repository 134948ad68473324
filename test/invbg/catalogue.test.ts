import { bodyOf, byId, lastRequest, useInvBg } from './context';

const inv = useInvBg({ today: '2026-02-10' });

jest.setTimeout(30_000);

const v3 = (resource: string, operation: string, extra = {}) => ({ apiVersion: 'v3', resource, operation, ...extra });

describe('inv.bg clients (API v3)', () => {
	test('Create sends the card under v3\'s names and answers the client read back', async () => {
		const [output] = await inv.json(
			v3('client', 'create', {
				name: 'Нова Фирма ООД',
				additionalFields: {
					taxId: '204123456',
					isVatRegistered: true,
					vatNumber: 'BG204123456',
					city: 'Варна',
					street: 'бул. Приморски 5',
					country: 'bg',
					accountablePerson: 'Георги Георгиев',
					code: 'K-17',
					nameEn: 'Nova Firma Ltd',
				},
			}),
		);
		expect(bodyOf(lastRequest(inv.sandbox, 'POST', 'clients'))).toEqual({
			name: 'Нова Фирма ООД',
			bulstat: '204123456',
			is_reg_vat: true,
			vat_number: 'BG204123456',
			town: 'Варна',
			address: 'бул. Приморски 5',
			country: 'BG',
			mol: 'Георги Георгиев',
			code: 'K-17',
			name_en: 'Nova Firma Ltd',
		});
		expect(output).toEqual({
			id: expect.stringMatching(/^\d+$/),
			name: 'Нова Фирма ООД',
			taxId: '204123456',
			street: 'бул. Приморски 5',
			city: 'Варна',
			postCode: null,
			country: 'BG',
			email: null,
			phone: null,
		});
	});

	test('Get, Get Many by EIK, VAT number and name, Update and Delete', async () => {
		const client = inv.sandbox.addClient({ name: 'Търсена ЕООД', bulstat: '175000001', vat_number: 'BG175000001', is_reg_vat: true });
		expect(await inv.json(v3('client', 'get', { client: byId(client.id), simplify: false }))).toEqual([expect.objectContaining({ id: client.id, bulstat: '175000001' })]);
		const found = await inv.json(v3('client', 'getMany', { returnAll: true, filters: { taxId: '175000001', vatNumber: 'BG175000001', name: 'търсена' } }));
		expect(found.map((entry) => entry.id)).toEqual([String(client.id)]);
		expect(lastRequest(inv.sandbox, 'GET', 'clients').query).toEqual({ bulstat: '175000001', vat_number: 'BG175000001', name: 'търсена', page: '1', per_page: '100' });
		const [updated] = await inv.json(v3('client', 'update', { client: byId(client.id), updateFields: { city: 'Русе' } }));
		expect(bodyOf(lastRequest(inv.sandbox, 'PATCH', `clients/${client.id}`))).toEqual({ town: 'Русе' });
		expect(updated).toMatchObject({ id: String(client.id), city: 'Русе' });
		expect(await inv.json(v3('client', 'delete', { client: byId(client.id) }))).toEqual([{ deleted: true, id: String(client.id) }]);
		expect(inv.sandbox.store.clients.find(client.id)).toBeUndefined();
	});

	test('Create or Update finds the client by EIK: none creates it, one updates it', async () => {
		const parameters = v3('client', 'createOrUpdate', { name: 'Едно ООД', additionalFields: { taxId: '130000007', city: 'София' } });
		const [created] = await inv.json(parameters);
		const search = [...inv.sandbox.requests].reverse().find((request) => request.method === 'GET' && request.path === '/v3/clients');
		expect(search?.query).toEqual({ bulstat: '130000007', page: '1', per_page: '20' });
		expect(bodyOf(lastRequest(inv.sandbox, 'POST', 'clients'))).toEqual({ name: 'Едно ООД', bulstat: '130000007', town: 'София' });
		const [updated] = await inv.json({ ...parameters, additionalFields: { taxId: '130000007', city: 'Бургас' } });
		expect(updated).toMatchObject({ id: created.id, city: 'Бургас' });
		expect(bodyOf(lastRequest(inv.sandbox, 'PATCH', `clients/${String(created.id)}`))).toEqual({ name: 'Едно ООД', bulstat: '130000007', town: 'Бургас' });
		expect(inv.sandbox.store.clients.all().filter((client) => client.bulstat === '130000007')).toHaveLength(1);
	});

	test('Create or Update by VAT number; several matches stop the item naming their IDs, and nothing is written', async () => {
		const first = inv.sandbox.addClient({ name: 'Двойник 1', vat_number: 'BG999000111', is_reg_vat: true });
		const second = inv.sandbox.addClient({ name: 'Двойник 2', vat_number: 'BG999000111', is_reg_vat: true });
		const before = inv.sandbox.requests.length;
		const run = await inv.run(v3('client', 'createOrUpdate', { name: 'Двойник', additionalFields: { vatNumber: 'BG999000111' } }));
		expect(run.error?.message).toBe(`2 clients have the VAT number BG999000111 (IDs ${first.id}, ${second.id})`);
		expect(inv.sandbox.requests.slice(before).filter((request) => request.method !== 'GET' && request.path !== '/v3/login/token')).toEqual([]);
		const missing = await inv.refusedBeforeSending(v3('client', 'createOrUpdate', { name: 'Без ЕИК', additionalFields: { city: 'София' } }));
		expect(missing.error?.message).toBe('Tax ID or VAT Number is required to find the client');
	});
});

describe('inv.bg items (API v3)', () => {
	test('Create sends the five required fields with JSON decimals; Get Many, Update and Delete', async () => {
		const [created] = await inv.json(
			v3('item', 'create', { name: 'Абонамент', price: '12,5', currency: 'eur', priceForQuantity: '1', unit: 'мес.', additionalFields: { code: 'AB-1', externalId: 'shop-9', nameEn: 'Subscription' } }),
		);
		expect(bodyOf(lastRequest(inv.sandbox, 'POST', 'items'))).toEqual({
			name: 'Абонамент',
			price: 12.5,
			currency: 'EUR',
			price_for_quantity: 1,
			quantity_unit: 'мес.',
			catalog_number: 'AB-1',
			outside_id: 'shop-9',
			name_en: 'Subscription',
		});
		expect(created).toEqual({ id: expect.stringMatching(/^\d+$/), name: 'Абонамент', code: 'AB-1', unitNetPrice: '12.50', vatRate: null, unit: 'мес.' });
		const listed = await inv.json(v3('item', 'getMany', { returnAll: true }));
		expect(listed.map((item) => item.id)).toContain(created.id);
		const [updated] = await inv.json(v3('item', 'update', { item: byId(String(created.id)), updateFields: { price: '13.2' } }));
		expect(bodyOf(lastRequest(inv.sandbox, 'PATCH', `items/${String(created.id)}`))).toEqual({ price: 13.2 });
		expect(updated).toMatchObject({ unitNetPrice: '13.20' });
		const [raw] = await inv.json(v3('item', 'get', { item: byId(String(created.id)), simplify: false }));
		expect(raw).toMatchObject({ price: 13.2, quantity_unit: 'мес.' });
		expect(await inv.json(v3('item', 'delete', { item: byId(String(created.id)) }))).toEqual([{ deleted: true, id: String(created.id) }]);
	});

	test('a price with more places than inv.bg keeps is refused before sending', async () => {
		const run = await inv.refusedBeforeSending(v3('item', 'create', { name: 'X', price: '1.23456', currency: 'EUR', priceForQuantity: '1', unit: 'бр.' }));
		expect(run.error?.message).toMatch(/^Price must be a number of 0 or more with at most 4 decimal places/);
	});
});

describe('inv.bg bank accounts (API v3)', () => {
	test('Get Many lists the company\'s accounts as inv.bg gives them', async () => {
		const output = await inv.json(v3('bankAccount', 'getMany', { returnAll: false, limit: 1 }));
		expect(output).toEqual([{ id: 1, bank_name: 'Банка ДСК', bank_iban: 'BG80BNBG96611020345678', bank_bic: 'STSABGSF', currency: 'EUR', default: 1, deleted: 0 }]);
		expect(lastRequest(inv.sandbox, 'GET', 'bank/accounts').query).toEqual({ page: '1', per_page: '1' });
	});
});
