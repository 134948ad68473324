import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../core/errors';
import { simplifyField, fieldsCollection } from '../../core/fields/common';
import { partyFields, readParty } from '../../core/fields/party';
import { checkLengths, readCollection, renameKeys, requireText } from '../../core/params';
import type { Operation } from '../../core/router';
import { clientLocator } from '../locators';
import { CLIENT_LENGTHS, clientOf, simplifyClient } from '../mapping';
import { bitFakturaRequest } from '../transport';
import { recordResource } from './record';

/** Client card fields only BitFaktura has, beside the canonical party fields. */
const OWN_FIELDS: INodeProperties[] = [
	{ displayName: 'Bank Name', name: 'bank', type: 'string', default: '' },
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', description: 'Needed for a private person' },
	{ displayName: 'Note', name: 'note', type: 'string', default: '' },
	{ displayName: 'Register Number', name: 'registerNumber', type: 'string', default: '', description: 'EDRPOU or trade register number' },
	{ displayName: 'Shortcut', name: 'shortcut', type: 'string', default: '', description: 'Short name used to find the client' },
	{ displayName: 'Tags', name: 'tags', type: 'string', default: '', description: 'Comma-separated tags' },
	{ displayName: 'Website', name: 'www', type: 'string', default: '' },
];

const OWN_WIRE = {
	bank: 'bank',
	firstName: 'first_name',
	lastName: 'last_name',
	note: 'note',
	registerNumber: 'register_number',
	shortcut: 'shortcut',
	www: 'www',
};

const clientDetailOptions = [
	...partyFields(['taxId', 'street', 'city', 'postCode', 'country', 'email', 'phone', 'isPerson', 'bankAccount', 'externalId']),
	...OWN_FIELDS,
].sort((a, b) => a.displayName.localeCompare(b.displayName));

const nameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '' };
const clientUpdateOptions = [nameField, ...clientDetailOptions];

function clientRecord(name: string, values: IDataObject): IDataObject {
	const record = { ...clientOf(readParty(name, values)), ...renameKeys(values, OWN_WIRE) };
	if (typeof values.tags === 'string' && values.tags.trim() !== '') {
		record.tag_list = values.tags.split(',').map((tag) => tag.trim()).filter((tag) => tag !== '');
	}
	return record;
}

const getByExternalId: Operation = {
	kind: 'read',
	async execute(ctx: IExecuteFunctions, itemIndex: number) {
		const externalId = requireText(ctx, 'externalId', itemIndex, 'External ID');
		const matches = await bitFakturaRequest<IDataObject[]>(ctx, 'GET', '/clients.json', {
			qs: { external_id: externalId },
			expect: 'list',
			itemIndex,
		});
		if (matches.length === 0) {
			throw inputError(ctx.getNode(), `No client has the external ID "${externalId}"`, itemIndex, 'Check the ID, or create the client first.');
		}
		const simplify = ctx.getNodeParameter('simplify', itemIndex, true) as boolean;
		return simplify ? (simplifyClient(matches[0]) as unknown as IDataObject) : matches[0];
	},
};

export const clientResource = recordResource({
	resource: 'client',
	label: 'Client',
	plural: 'Clients',
	wrapper: 'client',
	basePath: '/clients',
	idField: clientLocator(),
	simplify: (client) => simplifyClient(client) as unknown as IDataObject,
	create: {
		fields: [
			{ displayName: 'Name', name: 'name', type: 'string', default: '', required: true, description: 'Company name, or the full name of a private person' },
			fieldsCollection('additionalFields', clientDetailOptions),
		],
		read: (ctx, i) => {
			const name = requireText(ctx, 'name', i, 'Name', CLIENT_LENGTHS.name);
			const values = readCollection(ctx, 'additionalFields', i);
			checkLengths(ctx, i, values, CLIENT_LENGTHS, clientDetailOptions);
			return clientRecord(name, values);
		},
	},
	update: {
		fields: [
			fieldsCollection('updateFields', clientUpdateOptions),
		],
		read: (ctx, i) => {
			const updates = readCollection(ctx, 'updateFields', i);
			checkLengths(ctx, i, updates, CLIENT_LENGTHS, clientUpdateOptions);
			const { name, ...values } = updates;
			return clientRecord(String(name ?? ''), values);
		},
	},
	list: {
		fields: [
			fieldsCollection('filters', [
					{ displayName: 'Email', name: 'email', type: 'string',
																																												placeholder: 'name@email.com', default: '' },
					{ displayName: 'External ID', name: 'externalId', type: 'string', default: '' },
					{ displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Clients whose name contains this text' },
					{ displayName: 'Shortcut', name: 'shortcut', type: 'string', default: '' },
					{ displayName: 'Tax ID', name: 'taxId', type: 'string', default: '' },
				]),
		],
		read: (ctx, i) =>
			renameKeys(readCollection(ctx, 'filters', i), {
				email: 'email',
				externalId: 'external_id',
				name: 'name',
				shortcut: 'shortcut',
				taxId: 'tax_no',
			}),
	},
	extraOperations: [
		{
			value: 'getByExternalId',
			name: 'Get by External ID',
			action: 'Get a client by external ID',
			description: 'Find the client that carries the ID of your own system',
			fields: [
				{ displayName: 'External ID', name: 'externalId', type: 'string', default: '', required: true },
				simplifyField({}),
			],
			operation: getByExternalId,
		},
	],
});
