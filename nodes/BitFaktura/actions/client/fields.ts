import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { partyFields, readParty } from '../../../core/fields/party';
import { checkLengths, optionalText } from '../../../core/params';
import { alphabetical } from '../../../core/fields/common';
import { simplified } from '../../../core/output';
import { locator } from '../../locators';
import { CLIENT_LENGTHS } from '../../mapping/limits';
import { clientOf, simplifyClient } from '../../mapping/records';

export const clientLocator = locator('client');

export const clientNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Kvitka LLC',
	description: 'Company name, or the full name of a private person',
};

/** The client card's fields: the party fields every node shares, then BitFaktura's own. */
export const clientCardFields: INodeProperties[] = alphabetical([
	...partyFields(['taxId', 'street', 'city', 'postCode', 'country', 'email', 'phone', 'isPerson', 'bankAccount', 'externalId']),
	{ displayName: 'Bank Name', name: 'bank', type: 'string', default: '' },
	{ displayName: 'Contact Person', name: 'person', type: 'string', default: '', placeholder: 'e.g. Olena Petrenko', description: 'Whom to address at the client' },
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', description: 'Needed for a private person' },
	{ displayName: 'Note', name: 'note', type: 'string', default: '' },
	{ displayName: 'Register Number', name: 'registerNumber', type: 'string', default: '', description: 'EDRPOU or trade register number' },
	{ displayName: 'Shortcut', name: 'shortcut', type: 'string', default: '', description: 'Short name used to find the client' },
	{ displayName: 'Tags', name: 'tags', type: 'string', default: '', placeholder: 'e.g. vip, wholesale', description: 'Comma-separated tags' },
	{ displayName: 'Website', name: 'www', type: 'string', default: '', placeholder: 'e.g. https://kvitka.example' },
]);

/** A client card from the name and the card's values, each text no longer than BitFaktura keeps. */
export function clientRecord(ctx: IExecuteFunctions, itemIndex: number, name: string, values: IDataObject, fields: INodeProperties[]): IDataObject {
	checkLengths(ctx, itemIndex, values, CLIENT_LENGTHS, fields);
	const tags = optionalText(values.tags)
		?.split(',')
		.map((tag) => tag.trim())
		.filter((tag) => tag !== '');
	return clientOf(readParty(name, values), {
		bank: optionalText(values.bank),
		firstName: optionalText(values.firstName),
		lastName: optionalText(values.lastName),
		note: optionalText(values.note),
		person: optionalText(values.person),
		registerNumber: optionalText(values.registerNumber),
		shortcut: optionalText(values.shortcut),
		www: optionalText(values.www),
		tags,
	});
}

export function outputClient(ctx: IExecuteFunctions, itemIndex: number, client: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, client, simplifyClient);
}
