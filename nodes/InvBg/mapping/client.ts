import type { IDataObject } from 'n8n-workflow';

import type { SimpleClient } from '../../core/canonical';
import { buildSimpleClient } from '../../core/canonical';
import { renameKeys } from '../../core/params';

/** The client card's fields by the node's names → v3's (docs/services/invbg.md, "Clients"). */
export const CLIENT_NAMES: Record<string, string> = {
	name: 'name',
	city: 'town',
	street: 'address',
	taxId: 'bulstat',
	isVatRegistered: 'is_reg_vat',
	vatNumber: 'vat_number',
	accountablePerson: 'mol',
	isPerson: 'is_person',
	personalId: 'egn',
	country: 'country',
	code: 'code',
	office: 'office',
	deliveryAddress: 'delivery_address',
	nameEn: 'name_en',
	cityEn: 'town_en',
	streetEn: 'address_en',
	accountablePersonEn: 'mol_en',
};

/** A client body from the node's values; empty ones are not sent. */
export function clientBody(values: IDataObject): IDataObject {
	return renameKeys(values, CLIENT_NAMES);
}

/** Filters of GET /clients (INFERRED names): EIK, VAT number and name. */
export function clientQuery(filters: { taxId?: string; vatNumber?: string; name?: string }): IDataObject {
	return renameKeys(filters as IDataObject, { taxId: 'bulstat', vatNumber: 'vat_number', name: 'name' });
}

function text(value: unknown): string | null {
	return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

export function simplifyClient(client: IDataObject): SimpleClient {
	return buildSimpleClient({
		id: text(client.id),
		name: text(client.name),
		taxId: text(client.bulstat),
		street: text(client.address),
		city: text(client.town),
		country: text(client.country),
	});
}
