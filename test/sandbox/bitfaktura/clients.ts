/** Clients (`/clients.json`): the Fakturownia README's field list, `name` the only required field. */
import type { Casts } from './attributes';
import { castAttributes, checkReference, isBlank, nullColumns, permit, withoutBlanks } from './attributes';
import type { Call } from './endpoint';
import { crudEndpoints } from './crud';
import type { ResourceDefinition } from './crud';
import { BLANK, FieldErrors } from './errors';
import type { Attributes } from './params';
import { textParam } from './params';
import type { ClientRecord, Store } from './store';
import { randomToken } from './tokens';

const CLIENT_FIELDS: readonly string[] = [
	'name',
	'shortcut',
	'tax_no',
	'tax_no_kind',
	'register_number',
	'accounting_id',
	'post_code',
	'city',
	'street',
	'country',
	'use_delivery_address',
	'delivery_address',
	'first_name',
	'last_name',
	'email',
	'phone',
	'mobile_phone',
	'www',
	'fax',
	'note',
	'tag_list',
	'company',
	'kind',
	'category_id',
	'bank',
	'bank_account',
	'discount',
	'default_tax',
	'price_list_id',
	'payment_to_kind',
	'default_payment_type',
	'disable_auto_reminders',
	'person',
	'buyer_id',
	'mass_payment_code',
	'external_id',
];

const CLIENT_CASTS: Casts = {
	ids: ['category_id', 'price_list_id'],
	booleans: ['company', 'use_delivery_address', 'disable_auto_reminders'],
};

/** A private person (`company: false`) may be named by first and last name instead (Fakturownia README). */
function nameOf(client: Attributes): string {
	if (!isBlank(client.name)) return String(client.name);
	if (client.company !== false) return '';
	return [client.first_name, client.last_name].filter((part) => !isBlank(part)).join(' ');
}

function validate(store: Store, client: Attributes, errors: FieldErrors): void {
	if (nameOf(client) === '') errors.add('name', BLANK);
	checkReference(errors, 'category', client.category_id, (id) => store.categories.find(id));
	errors.throwIfAny();
}

export function createClient(store: Store, input: Attributes): ClientRecord {
	const errors = new FieldErrors();
	const given = withoutBlanks(castAttributes(permit(input, CLIENT_FIELDS), CLIENT_CASTS, errors));
	validate(store, given, errors);
	const name = nameOf(given);
	const now = store.now();
	return store.clients.insert({
		...nullColumns(CLIENT_FIELDS),
		kind: 'buyer',
		company: true,
		...given,
		id: store.clients.allocateId(),
		name,
		// Clients in captured answers carry their name as shortcut when none was given.
		shortcut: isBlank(given.shortcut) ? name : String(given.shortcut),
		email: isBlank(given.email) ? null : String(given.email),
		tax_no: isBlank(given.tax_no) ? null : String(given.tax_no),
		external_id: isBlank(given.external_id) ? null : String(given.external_id),
		token: randomToken(),
		deleted: false,
		created_at: now,
		updated_at: now,
	});
}

function updateClient(store: Store, client: ClientRecord, input: Attributes): void {
	const errors = new FieldErrors();
	const changes = castAttributes(permit(input, CLIENT_FIELDS), CLIENT_CASTS, errors);
	validate(store, { ...client, ...changes }, errors);
	Object.assign(client, changes, { name: nameOf({ ...client, ...changes }), updated_at: store.now() });
}

const digitsOnly = (value: unknown) => String(value ?? '').replace(/\D/g, '');

/**
 * The list filters of the BitFaktura and Fakturownia READMEs. INFERRED matching: `name` and `shortcut` are
 * case-insensitive substring searches (as the web list's search box), `tax_no` compares digits only, `email`
 * and `external_id` match exactly.
 */
function filterClients(rows: ClientRecord[], call: Call): ClientRecord[] {
	const contains = (value: unknown, wanted: string) => String(value ?? '').toLowerCase().includes(wanted.toLowerCase());
	const filters: [string, (client: ClientRecord, wanted: string) => boolean][] = [
		['name', (client, wanted) => contains(client.name, wanted)],
		['shortcut', (client, wanted) => contains(client.shortcut, wanted)],
		['email', (client, wanted) => (client.email ?? '').toLowerCase() === wanted.toLowerCase()],
		['tax_no', (client, wanted) => digitsOnly(client.tax_no) === digitsOnly(wanted)],
		['external_id', (client, wanted) => client.external_id === wanted],
	];
	return filters.reduce((kept, [param, matches]) => {
		const wanted = textParam(call.params, param);
		return wanted === undefined || wanted === '' ? kept : kept.filter((client) => matches(client, wanted));
	}, rows);
}

/**
 * The client an invoice's buyer fields name: matched by tax number, else by name (Fakturownia README);
 * undefined if none.
 */
export function findClientForBuyer(store: Store, buyerName: unknown, buyerTaxNo: unknown): ClientRecord | undefined {
	const clients = store.clients.all();
	if (!isBlank(buyerTaxNo)) return clients.find((client) => digitsOnly(client.tax_no) === digitsOnly(buyerTaxNo));
	return clients.find((client) => client.name === buyerName);
}

const clients: ResourceDefinition<ClientRecord> = {
	collection: '/clients',
	wrapper: 'client',
	table: (store) => store.clients,
	create: createClient,
	update: updateClient,
	filter: filterClients,
};

export const clientEndpoints = Object.values(crudEndpoints(clients));
