/** `<client>`: the recipient of a v1 document, as an invoice's `to_*` fields and a stored client (v1 page). */
import type { ClientRecord, InvBgStore, InvoiceRecord } from '../store';
import { missingField } from './errors';
import type { XmlNode } from './parse';
import { Section } from './section';

export interface Recipient {
	fields: Pick<
		InvoiceRecord,
		| 'to_name'
		| 'to_town'
		| 'to_address'
		| 'to_country'
		| 'to_mol'
		| 'to_bulstat'
		| 'to_is_reg_vat'
		| 'to_vat_number'
		| 'is_to_person'
		| 'to_egn'
	>;
	client: Omit<ClientRecord, 'id'>;
}

export function readClient(node: XmlNode | undefined, paymentMethod: string): Recipient {
	const client = new Section(node, 'invoice/client');
	const isPerson = client.oneOf('is_person', ['0', '1'], '0') === '1';
	const firmname = client.text('firmname');
	const personName = client.text('person_name');
	if (isPerson ? personName === '' : firmname === '' && personName === '')
		throw missingField(`invoice/client/${isPerson ? 'person_name' : 'firmname'}`);
	// Read even when unused: an element that holds markup instead of text is refused wherever it is.
	for (const name of ['bank_name', 'bank_iban', 'bank_bic']) client.text(name, paymentMethod === 'bank');
	for (const free of ['recipient', 'outside_client_id']) client.text(free);
	const orNull = (value: string) => (value === '' ? null : value);
	const name = isPerson || firmname === '' ? personName : firmname;
	const town = orNull(isPerson ? client.text('person_city') : client.text('town'));
	const address = orNull(isPerson ? client.text('person_address') : client.text('address'));
	const vatNumber = orNull(client.text('vat_number'));
	const fields = {
		to_name: name,
		to_town: town,
		to_address: address,
		// INFERRED: v1 has no country element; its clients are Bulgarian.
		to_country: 'BG',
		to_mol: orNull(client.text('mol')),
		to_bulstat: orNull(client.text('bulstat')),
		to_is_reg_vat: vatNumber !== null,
		to_vat_number: vatNumber,
		is_to_person: isPerson,
		to_egn: orNull(client.text('person_egn')),
	};
	return {
		fields,
		client: {
			name,
			town,
			address,
			bulstat: fields.to_bulstat,
			is_reg_vat: fields.to_is_reg_vat,
			vat_number: vatNumber,
			mol: fields.to_mol,
			is_person: isPerson,
			egn: fields.to_egn,
			country: 'BG',
			code: null,
			office: null,
			delivery_address: null,
			name_en: null,
			town_en: null,
			address_en: null,
			mol_en: null,
		},
	};
}

/** INFERRED: a client with the same EIK is the same client; any other is added to the firm's clients. */
export function storeClient(store: InvBgStore, client: Omit<ClientRecord, 'id'>): ClientRecord {
	const existing =
		client.bulstat === null ? undefined : store.clients.all().find((other) => other.bulstat === client.bulstat);
	if (existing) return existing;
	return store.clients.insert({ ...client, id: store.clients.allocateId() });
}
