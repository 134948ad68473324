import { lastRequest, useIfirma } from './context';

const ifirma = useIfirma();

describe('iFirma clients', () => {
	test('Create sends the canonical fields under ifirma’s names', async () => {
		const [created] = await ifirma.json({
			resource: 'client',
			operation: 'create',
			name: 'Piekarnia Kowalski',
			postCode: '31-001',
			city: 'Kraków',
			additionalFields: { taxId: '6761000000', street: 'Rynek 1', country: 'PL', email: 'piekarnia@example.com', externalId: 'PIEK1', isSupplier: true },
		});
		expect(lastRequest(ifirma.sandbox, 'POST', 'kontrahenci.json').body).toEqual({
			Nazwa: 'Piekarnia Kowalski',
			NIP: '6761000000',
			Ulica: 'Rynek 1',
			Miejscowosc: 'Kraków',
			KodPocztowy: '31-001',
			KodKraju: 'PL',
			Email: 'piekarnia@example.com',
			Identyfikator: 'PIEK1',
			JestDostawca: true,
		});
		expect(created).toEqual({
			id: 'PIEK1',
			name: 'Piekarnia Kowalski',
			taxId: '6761000000',
			street: 'Rynek 1',
			city: 'Kraków',
			postCode: '31-001',
			country: 'PL',
			email: 'piekarnia@example.com',
			phone: null,
		});
	});

	test('Get Many searches by part of the name, and no match is an empty result, not an error', async () => {
		ifirma.sandbox.addContractor({ Nazwa: 'Kwiaciarnia Róża', KodPocztowy: '00-100', Miejscowosc: 'Łódź', Identyfikator: 'ROZA' });
		const found = await ifirma.json({ resource: 'client', operation: 'getMany', query: 'Róża', returnAll: true });
		expect(lastRequest(ifirma.sandbox, 'GET', 'kontrahenci/').path).toBe(`/iapi/kontrahenci/${encodeURIComponent('Róża')}.json`);
		expect(found.map((entry) => entry.name)).toEqual(['Kwiaciarnia Róża']);

		const none = await ifirma.run({ resource: 'client', operation: 'getMany', query: 'nobody-like-this', returnAll: true });
		expect(none.error).toBeUndefined();
		expect(none.items()).toEqual([]);
	});

	test('Get picks the client with exactly that identifier', async () => {
		ifirma.sandbox.addContractor({ Nazwa: 'AB', KodPocztowy: '00-100', Miejscowosc: 'Łódź', Identyfikator: 'AB' });
		ifirma.sandbox.addContractor({ Nazwa: 'AB Plus', KodPocztowy: '00-100', Miejscowosc: 'Łódź', Identyfikator: 'ABPLUS' });
		const [got] = await ifirma.json({ resource: 'client', operation: 'get', contractorId: 'AB' });
		expect(got).toMatchObject({ id: 'AB', name: 'AB' });

		const missing = await ifirma.run({ resource: 'client', operation: 'get', contractorId: 'NOPE' });
		expect(missing.error?.message).toBe('No client has the identifier "NOPE"');
	});

	test('Update changes only what the user set: ifirma replaces the whole record, so the rest is sent back', async () => {
		ifirma.sandbox.addContractor({
			Nazwa: 'Sklep Stary',
			Identyfikator: 'SKLEP',
			NIP: '1111111111',
			Ulica: 'Długa 5',
			KodPocztowy: '80-001',
			Miejscowosc: 'Gdańsk',
			Email: 'stary@example.com',
			Telefon: '500600700',
		});
		const [updated] = await ifirma.json({ resource: 'client', operation: 'update', contractorId: 'SKLEP', updateFields: { email: 'nowy@example.com' } });
		const sent = lastRequest(ifirma.sandbox, 'PUT', 'kontrahenci/SKLEP.json');
		expect(sent.body).toMatchObject({
			Nazwa: 'Sklep Stary',
			Identyfikator: 'SKLEP',
			NIP: '1111111111',
			Ulica: 'Długa 5',
			KodPocztowy: '80-001',
			Miejscowosc: 'Gdańsk',
			Email: 'nowy@example.com',
			Telefon: '500600700',
		});
		expect(updated).toMatchObject({ email: 'nowy@example.com', phone: '500600700', street: 'Długa 5' });

		const [reread] = await ifirma.json({ resource: 'client', operation: 'get', contractorId: 'SKLEP', simplify: false });
		expect(reread).toMatchObject({ Email: 'nowy@example.com', Telefon: '500600700', NIP: '1111111111', Ulica: 'Długa 5' });
	});

});
