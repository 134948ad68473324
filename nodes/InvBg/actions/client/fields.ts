import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { partyFields } from '../../../core/fields/party';
import { optionalText } from '../../../core/params';
import { simplifiedAll } from '../../../core/output';
import { alphabetical } from '../../../core/fields/common';
import { clientBody, simplifyClient } from '../../mapping/client';
import { v3Request } from '../../transport';

const ownFields: INodeProperties[] = [
	{ displayName: 'Accountable Person', name: 'accountablePerson', type: 'string', default: '', description: 'The company\'s accountable person (МОЛ)' },
	{ displayName: 'Accountable Person (English)', name: 'accountablePersonEn', type: 'string', default: '' },
	{ displayName: 'City (English)', name: 'cityEn', type: 'string', default: '' },
	{ displayName: 'Code', name: 'code', type: 'string', default: '', description: 'Your own unique code for the client' },
	{ displayName: 'Delivery Address', name: 'deliveryAddress', type: 'string', default: '' },
	{ displayName: 'Is VAT Registered', name: 'isVatRegistered', type: 'boolean', default: false, description: 'Whether the client is registered for VAT' },
	{ displayName: 'Name (English)', name: 'nameEn', type: 'string', default: '' },
	{ displayName: 'Office', name: 'office', type: 'string', default: '' },
	{ displayName: 'Personal ID (EGN)', name: 'personalId', type: 'string', default: '', description: 'A private person\'s 10-digit personal number' },
	{ displayName: 'Street (English)', name: 'streetEn', type: 'string', default: '' },
	{ displayName: 'VAT Number', name: 'vatNumber', type: 'string', default: '', placeholder: 'e.g. BG123456789' },
];

/** The client card's fields other than its name; shared by Create, Update and Create or Update. */
export const clientFieldOptions: INodeProperties[] = alphabetical([...partyFields(['taxId', 'street', 'city', 'country', 'isPerson']), ...ownFields]);

/** The values as the body takes them: texts trimmed and the country in capitals. */
export function clientValues(values: IDataObject): IDataObject {
	const cleaned: IDataObject = {};
	for (const [key, value] of Object.entries(values)) {
		cleaned[key] = typeof value === 'string' ? optionalText(value) : value;
	}
	if (typeof cleaned.country === 'string') cleaned.country = cleaned.country.toUpperCase();
	return clientBody(cleaned);
}

export function outputClients(ctx: IExecuteFunctions, itemIndex: number, records: IDataObject[]): IDataObject[] {
	return simplifiedAll(ctx, itemIndex, records, simplifyClient);
}

/** The client as it is now: v3 answers a create with its ID and a change with 204. */
export async function clientNow(ctx: IExecuteFunctions, itemIndex: number, id: string | number): Promise<IDataObject[]> {
	return outputClients(ctx, itemIndex, [await v3Request(ctx, 'GET', `/clients/${id}`, { itemIndex })]);
}
