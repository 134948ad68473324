import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { partyFields, readParty } from '../../../core/fields/party';
import { optionalText } from '../../../core/params';
import { simplified } from '../../../core/output';
import type { ClientDetails } from '../../mapping/contractor';
import { clientIdentifierOf, clientSearchPath, SEARCH_NO_MATCH, searchResults, simplifyClient } from '../../mapping/contractor';
import { ifirmaRequest } from '../../transport';

/** What only iFirma keeps of a client. */
const IFIRMA_ONLY_FIELDS: INodeProperties[] = [
	{ displayName: 'Name Line 2', name: 'name2', type: 'string', default: '' },
	{ displayName: 'EU Prefix', name: 'euPrefix', type: 'string', default: '', placeholder: 'e.g. DE', description: 'EU VAT prefix of the tax ID' },
	{ displayName: 'Country Name', name: 'countryName', type: 'string', default: '', placeholder: 'e.g. Polska' },
	{
		displayName: 'Invoice Email',
		name: 'invoiceEmail',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		default: '',
		description: 'Where invoices for this client are emailed',
	},
	{ displayName: 'Is Recipient', name: 'isRecipient', type: 'boolean', default: false, description: 'Whether the client buys from you' },
	{ displayName: 'Is Supplier', name: 'isSupplier', type: 'boolean', default: false, description: 'Whether the client sells to you' },
];

const CLIENT_FIELDS: INodeProperties[] = [
	...partyFields(['taxId', 'street', 'postCode', 'city', 'country', 'email', 'phone', 'isPerson']),
	{
		displayName: 'Identifier',
		name: 'externalId',
		type: 'string',
		default: '',
		placeholder: 'e.g. ACME1',
		description: 'The client’s identifier in iFirma (up to 15 characters); made from the name when empty',
	},
	...IFIRMA_ONLY_FIELDS,
];

/** Name, post code and city are asked for on their own: iFirma requires them. */
export const CREATE_OPTIONS = CLIENT_FIELDS.filter((field) => !['postCode', 'city'].includes(field.name));

/** The identifier cannot change. */
export const UPDATE_OPTIONS: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	...CLIENT_FIELDS.filter((field) => field.name !== 'externalId'),
];

/** The user's values as a client; only those set, the name only when given. */
export function clientDetailsOf(values: IDataObject, name?: string): ClientDetails {
	return {
		...readParty(name ?? '', values),
		name,
		name2: optionalText(values.name2),
		euPrefix: optionalText(values.euPrefix),
		countryName: optionalText(values.countryName),
		invoiceEmail: optionalText(values.invoiceEmail),
		isRecipient: values.isRecipient as boolean | undefined,
		isSupplier: values.isSupplier as boolean | undefined,
	};
}

export async function searchClients(ctx: IExecuteFunctions, itemIndex: number, phrase: string): Promise<IDataObject[]> {
	const answer = await ifirmaRequest(ctx, 'GET', clientSearchPath(phrase), { itemIndex, acceptCodes: [SEARCH_NO_MATCH] });
	return searchResults(answer.payload);
}

/** iFirma reads no client by identifier; its search matches the identifier among names and NIPs, so the exact one is picked. */
export async function findClient(ctx: IExecuteFunctions, itemIndex: number, identifier: string): Promise<IDataObject> {
	const found = (await searchClients(ctx, itemIndex, identifier)).find((record) => clientIdentifierOf(record) === identifier);
	if (found === undefined) {
		throw inputError(ctx.getNode(), `No client has the identifier "${identifier}"`, itemIndex, 'Check the identifier, or pick the client from the list.');
	}
	return found;
}

export function clientOutput(ctx: IExecuteFunctions, itemIndex: number, record: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, record, simplifyClient);
}
