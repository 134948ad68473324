import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { Party } from '../canonical';

export type PartyField = Exclude<keyof Party, 'name'>;

const PARTY_FIELDS: Record<PartyField, INodeProperties> = {
	taxId: {
		displayName: 'Tax ID',
		name: 'taxId',
		type: 'string',
		default: '',
		description: 'NIP, EIK or EDRPOU, as the tax office knows the party',
	},
	street: { displayName: 'Street', name: 'street', type: 'string', default: '' },
	city: { displayName: 'City', name: 'city', type: 'string', default: '' },
	postCode: { displayName: 'Post Code', name: 'postCode', type: 'string', default: '' },
	country: {
		displayName: 'Country',
		name: 'country',
		type: 'string',
		default: '',
		placeholder: 'e.g. UA',
		description: 'Two-letter ISO country code',
	},
	email: { displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	phone: { displayName: 'Phone', name: 'phone', type: 'string', default: '' },
	isPerson: {
		displayName: 'Is Private Person',
		name: 'isPerson',
		type: 'boolean',
		default: false,
		description: 'Whether the party is a private person rather than a company',
	},
	bankAccount: { displayName: 'Bank Account', name: 'bankAccount', type: 'string', default: '' },
	externalId: {
		displayName: 'External ID',
		name: 'externalId',
		type: 'string',
		default: '',
		description: 'The ID of this party in your own system (shop, CRM)',
	},
};

/** Party fields for a collection, in the same words in every node; only those the service stores. */
export function partyFields(supported: PartyField[]): INodeProperties[] {
	return supported.map((field) => PARTY_FIELDS[field]);
}

/** A party from the user's values; fields left blank are absent, never guessed. */
export function readParty(name: string, values: IDataObject): Party {
	const party: Party = { name: name.trim() };
	for (const field of Object.keys(PARTY_FIELDS) as PartyField[]) {
		const value = values[field];
		if (value === undefined || value === null || value === '') continue;
		if (field === 'isPerson') party.isPerson = value === true;
		else party[field] = String(value).trim();
	}
	return party;
}

/**
 * Who an invoice is for: a client record the service keeps (picked with the node's client locator, shown
 * for `client`) or the buyer's details written on the document (shown for `details`).
 */
export function buyerChoiceField(clientDescription: string, defaultChoice: 'client' | 'details'): INodeProperties {
	return {
		displayName: 'Buyer',
		name: 'buyerType',
		type: 'options',
		options: [
			{ name: 'Existing Client', value: 'client', description: clientDescription },
			{ name: 'Buyer Details', value: 'details', description: 'Name and address written on the document' },
		],
		default: defaultChoice,
	};
}
