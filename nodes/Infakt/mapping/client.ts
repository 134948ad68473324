import type { IDataObject } from 'n8n-workflow';

import type { SimpleClient } from '../../core/canonical';
import { buildSimpleClient, simpleText } from '../../core/canonical';
import { paymentMethodOf } from './codes';
import { countryCode, withoutEmpty } from './invoice';

/** A client card under the node's names; every field optional, so Update sends only what is set. */
export interface ClientFields {
	name?: string;
	firstName?: string;
	lastName?: string;
	taxId?: string;
	street?: string;
	streetNumber?: string;
	flatNumber?: string;
	city?: string;
	postCode?: string;
	country?: string;
	email?: string;
	phone?: string;
	website?: string;
	paymentMethod?: string;
	daysToPayment?: number;
	businessActivityKind?: string;
	note?: string;
	invoiceNote?: string;
}

export function clientOf(fields: ClientFields): IDataObject {
	return withoutEmpty({
		company_name: fields.name,
		first_name: fields.firstName,
		last_name: fields.lastName,
		nip: fields.taxId,
		street: fields.street,
		street_number: fields.streetNumber,
		flat_number: fields.flatNumber,
		city: fields.city,
		postal_code: fields.postCode,
		country: fields.country === undefined ? undefined : countryCode(fields.country, 'Country'),
		email: fields.email,
		phone_number: fields.phone,
		web_site: fields.website,
		payment_method: fields.paymentMethod === undefined ? undefined : paymentMethodOf(fields.paymentMethod),
		days_to_payment: fields.daysToPayment,
		business_activity_kind: fields.businessActivityKind,
		note: fields.note,
		invoice_note: fields.invoiceNote,
	});
}

export function clientBody(client: IDataObject): IDataObject {
	return { client };
}

function clientName(client: IDataObject): string | null {
	const company = simpleText(client.company_name);
	if (company !== null) return company;
	const person = [simpleText(client.first_name), simpleText(client.last_name)].filter((part) => part !== null).join(' ');
	return person === '' ? null : person;
}

function streetOf(client: IDataObject): string | null {
	const number = [simpleText(client.street_number), simpleText(client.flat_number)].filter((part) => part !== null).join('/');
	const street = simpleText(client.street);
	if (street === null) return null;
	return number === '' ? street : `${street} ${number}`;
}

export function simplifyClient(client: IDataObject): SimpleClient {
	return buildSimpleClient({
		id: client.id as number | undefined,
		name: clientName(client),
		taxId: simpleText(client.nip),
		street: streetOf(client),
		city: simpleText(client.city),
		postCode: simpleText(client.postal_code),
		country: simpleText(client.country),
		email: simpleText(client.email),
		phone: simpleText(client.phone_number),
	});
}

/** `Firma Sp. z o.o. (NIP 5260250274)`, how a client reads in the editor's list. */
export function clientLabel(client: IDataObject): string {
	const name = clientName(client) ?? String(client.id);
	const nip = simpleText(client.nip);
	return nip === null ? name : `${name} (NIP ${nip})`;
}
