/**
 * Clients (docs/services/infakt.md, Clients): numeric ids, `{"client": {...}}` bodies, synchronous 422 with
 * field errors. A company name, or a first and a last name, and an alpha-2 country are required; a Polish
 * postal code is `NN-NNN`.
 */
import { MESSAGE, notFound, Problems } from './errors';
import type { Endpoint } from './endpoint';
import { json, noContent, wrapped } from './endpoint';
import { containsIgnoringCase, digitsOf, listEnvelope } from './lists';
import type { ListSpec } from './lists';
import type { Client, InfaktStore } from './store';
import { BUSINESS_ACTIVITY_KINDS, PAYMENT_METHODS, readCountry, readEmail, readEnum, readInteger, readText } from './values';
import type { Input } from './values';

const POLISH_POSTAL_CODE = /^\d{2}-\d{3}$/;

const TEXT_FIELDS = ['company_name', 'first_name', 'last_name', 'nip', 'street', 'street_number', 'flat_number', 'city', 'phone_number', 'web_site', 'note', 'invoice_note'] as const;

function buildClient(store: InfaktStore, input: Input, existing: Client | undefined): Client {
	const problems = new Problems();
	const source: Input = { ...existing, ...input };
	const texts = {} as Pick<Client, (typeof TEXT_FIELDS)[number]>;
	for (const field of TEXT_FIELDS) texts[field] = readText(source, field, problems);
	if (texts.company_name === null && (texts.first_name === null || texts.last_name === null)) problems.add('company_name', MESSAGE.NO_CLIENT);
	const country = readCountry(source, 'country', problems);
	if (country === null && !problems.errors.country) problems.add('country', MESSAGE.BLANK);
	const postalCode = readText(source, 'postal_code', problems);
	if (postalCode !== null && country === 'PL' && !POLISH_POSTAL_CODE.test(postalCode)) problems.add('postal_code', MESSAGE.INVALID);
	const daysToPayment = readInteger(source, 'days_to_payment', problems);
	if (daysToPayment !== null && daysToPayment < 0) problems.add('days_to_payment', MESSAGE.INVALID);
	const client: Client = {
		id: existing?.id ?? 0,
		...texts,
		postal_code: postalCode,
		country: country ?? '',
		email: readEmail(source, 'email', problems),
		payment_method: readEnum(source, 'payment_method', PAYMENT_METHODS, problems, MESSAGE.PAYMENT_METHOD),
		days_to_payment: daysToPayment,
		business_activity_kind: readEnum(source, 'business_activity_kind', BUSINESS_ACTIVITY_KINDS, problems),
	};
	problems.throwIfAny();
	return existing === undefined ? { ...client, id: store.clients.allocateId() } : client;
}

export function createClient(store: InfaktStore, input: Input): Client {
	return store.clients.insert(buildClient(store, input, undefined));
}

function findClient(store: InfaktStore, id: string | undefined): Client {
	return store.clients.find(id) ?? notFound();
}

const CLIENT_LIST: ListSpec<Client> = {
	path: '/clients.json',
	filters: {
		clean_nip_eq: (client, value) => digitsOf(client.nip) === value,
		nip_eq: (client, value) => client.nip === value,
		company_name_cont: (client, value) => containsIgnoringCase(client.company_name, value),
	},
	sortable: { company_name: (client) => client.company_name, id: (client) => client.id },
};

export const clientEndpoints: readonly Endpoint[] = [
	{ method: 'GET', path: '/clients.json', handle: ({ request, store }) => json(listEnvelope(store.clients.all(), request, CLIENT_LIST)) },
	{ method: 'GET', path: '/clients/:id.json', handle: ({ params, store }) => json(findClient(store, params.id)) },
	{ method: 'POST', path: '/clients.json', handle: (call) => json(createClient(call.store, wrapped(call, 'client')), 201) },
	{
		method: 'PUT',
		path: '/clients/:id.json',
		handle: (call) => {
			const existing = findClient(call.store, call.params.id);
			return json(call.store.clients.insert(buildClient(call.store, wrapped(call, 'client'), existing)));
		},
	},
	{
		method: 'DELETE',
		path: '/clients/:id.json',
		handle: ({ params, store }) => {
			store.clients.delete(findClient(store, params.id).id);
			return noContent();
		},
	},
];
