import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldsCollection, returnAllAndLimit, simplifyField } from '../../core/fields/common';
import { operationProperty } from '../../core/fields/operations';
import { partyFields, readParty } from '../../core/fields/party';
import { inputError } from '../../core/errors';
import { readListLimits } from '../../core/pagination';
import { checkLengths, optionalText, readCollection, requireText } from '../../core/params';
import type { Operation, ResourceDefinition } from '../../core/router';
import { contractorIdField } from '../contractorField';
import { CONTRACTOR_LENGTHS, contractorOf, simplifyContractor, WRITABLE_CONTRACTOR_FIELDS } from '../mapping';
import { ifirmaRequest } from '../transport';

/** ifirma answers a search without a match with this code rather than an empty list. */
const NO_MATCH = 208;

const IFIRMA_ONLY_FIELDS: INodeProperties[] = [
	{ displayName: 'Name Line 2', name: 'name2', type: 'string', default: '' },
	{ displayName: 'EU Prefix', name: 'euPrefix', type: 'string', default: '', placeholder: 'DE', description: 'EU VAT prefix of the tax ID' },
	{ displayName: 'Country Name', name: 'countryName', type: 'string', default: '', placeholder: 'Polska' },
	{ displayName: 'Invoice Email', name: 'invoiceEmail', type: 'string', placeholder: 'name@email.com', default: '', description: 'Where invoices for this contractor are e-mailed' },
	{ displayName: 'Is Recipient', name: 'isRecipient', type: 'boolean', default: false, description: 'Whether the contractor buys from you' },
	{ displayName: 'Is Supplier', name: 'isSupplier', type: 'boolean', default: false, description: 'Whether the contractor sells to you' },
];

const IFIRMA_ONLY_NAMES: Record<string, string> = {
	name2: 'Nazwa2',
	euPrefix: 'PrefiksUE',
	countryName: 'Kraj',
	invoiceEmail: 'EmailDlaFaktury',
	isRecipient: 'JestOdbiorca',
	isSupplier: 'JestDostawca',
};

const CONTRACTOR_FIELDS: INodeProperties[] = [
	...partyFields(['taxId', 'street', 'postCode', 'city', 'country', 'email', 'phone', 'isPerson']),
	{ displayName: 'Identifier', name: 'externalId', type: 'string', default: '', description: 'The contractor’s identifier in ifirma (up to 15 characters); generated when empty' },
	...IFIRMA_ONLY_FIELDS,
];

const CREATE_OPTIONS = CONTRACTOR_FIELDS.filter((field) => !['postCode', 'city'].includes(field.name));
const UPDATE_OPTIONS: INodeProperties[] = [
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	...CONTRACTOR_FIELDS.filter((field) => field.name !== 'externalId'),
];

/** The user's values as contractor fields, only those set. */
function contractorFields(values: IDataObject, name?: string): IDataObject {
	const party = readParty(name ?? String(values.name ?? ''), values);
	const extra: IDataObject = {};
	for (const [field, wireName] of Object.entries(IFIRMA_ONLY_NAMES)) {
		const value = values[field];
		if (value !== undefined && value !== '') extra[wireName] = typeof value === 'string' ? value.trim() : value;
	}
	const fields = contractorOf(party, extra);
	if (name === undefined) delete fields.Nazwa;
	return fields;
}

async function search(ctx: IExecuteFunctions, itemIndex: number, phrase: string): Promise<IDataObject[]> {
	const answer = await ifirmaRequest(ctx, 'GET', `kontrahenci/${encodeURIComponent(phrase)}.json`, { itemIndex, acceptCodes: [NO_MATCH] });
	return answer.Kod === NO_MATCH || !Array.isArray(answer.Wynik) ? [] : (answer.Wynik as IDataObject[]);
}

/** ifirma has no read by identifier; the search matches it among names and NIPs, so the exact one is picked. */
async function findByIdentifier(ctx: IExecuteFunctions, itemIndex: number, identifier: string): Promise<IDataObject> {
	const found = (await search(ctx, itemIndex, identifier)).find((record) => String(record.Identyfikator) === identifier);
	if (found === undefined) {
		throw inputError(ctx.getNode(), `No contractor has the identifier "${identifier}"`, itemIndex, 'Check the identifier, or use Search to find the contractor.');
	}
	return found;
}

function output(ctx: IExecuteFunctions, itemIndex: number, record: IDataObject): IDataObject {
	return (ctx.getNodeParameter('simplify', itemIndex, true) as boolean) ? (simplifyContractor(record) as unknown as IDataObject) : record;
}

const createContractor: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const values = readCollection(ctx, 'additionalFields', itemIndex);
		checkLengths(ctx, itemIndex, values, CONTRACTOR_LENGTHS, CREATE_OPTIONS);
		const body = contractorFields(
			{
				...values,
				postCode: requireText(ctx, 'postCode', itemIndex, 'Post Code', CONTRACTOR_LENGTHS.postCode),
				city: requireText(ctx, 'city', itemIndex, 'City', CONTRACTOR_LENGTHS.city),
			},
			requireText(ctx, 'name', itemIndex, 'Name', CONTRACTOR_LENGTHS.name),
		);
		const answer = await ifirmaRequest(ctx, 'POST', 'kontrahenci.json', { body, itemIndex });
		const identifier = String(answer.Wynik ?? body.Identyfikator ?? '');
		return output(ctx, itemIndex, { ...body, Identyfikator: identifier });
	},
};

const getContractor: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const identifier = requireText(ctx, 'contractorId', itemIndex, 'Contractor Identifier');
		return output(ctx, itemIndex, await findByIdentifier(ctx, itemIndex, identifier));
	},
};

const searchContractors: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const { limit } = readListLimits(ctx, itemIndex);
		const found = await search(ctx, itemIndex, requireText(ctx, 'query', itemIndex, 'Search Text'));
		return found.slice(0, limit).map((record) => output(ctx, itemIndex, record));
	},
};

/**
 * ifirma replaces the whole contractor on update and erases what the request leaves out, so the
 * current record is read first and only the fields the user set are changed.
 */
const updateContractor: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const identifier = requireText(ctx, 'contractorId', itemIndex, 'Contractor Identifier');
		const updates = readCollection(ctx, 'updateFields', itemIndex);
		checkLengths(ctx, itemIndex, updates, CONTRACTOR_LENGTHS, UPDATE_OPTIONS);
		const changes = contractorFields(updates, optionalText(updates.name));
		const current = await findByIdentifier(ctx, itemIndex, identifier);
		const body: IDataObject = {};
		for (const field of WRITABLE_CONTRACTOR_FIELDS) {
			const value = field in changes ? changes[field] : current[field];
			if (value !== undefined) body[field] = value;
		}
		await ifirmaRequest(ctx, 'PUT', `kontrahenci/${encodeURIComponent(identifier)}.json`, { body, itemIndex });
		return output(ctx, itemIndex, { ...current, ...body });
	},
};

const show = (operation: string) => ({ resource: ['client'], operation: [operation] });

export const clientResource: ResourceDefinition = {
	description: [
		operationProperty(
			'client',
			[
				{ value: 'create', name: 'Create', action: 'Create a contractor' },
				{ value: 'get', name: 'Get', action: 'Get a contractor' },
				{ value: 'search', name: 'Search', action: 'Search contractors' },
				{ value: 'update', name: 'Update', action: 'Update a contractor' },
			],
			'create',
		),
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '', displayOptions: { show: show('create') } },
		{ displayName: 'Post Code', name: 'postCode', type: 'string', required: true, default: '', placeholder: '00-001', displayOptions: { show: show('create') } },
		{ displayName: 'City', name: 'city', type: 'string', required: true, default: '', displayOptions: { show: show('create') } },
		{ ...fieldsCollection('additionalFields', CREATE_OPTIONS), displayOptions: { show: show('create') } },
		contractorIdField({ resource: ['client'], operation: ['get', 'update'] }),
		{
			displayName: 'Search Text',
			name: 'query',
			type: 'string',
			required: true,
			default: '',
			description: 'Part of the name, NIP or identifier; ifirma returns up to 20 matches',
			displayOptions: { show: show('search') },
		},
		...returnAllAndLimit(show('search')),
		{
			...fieldsCollection('updateFields', UPDATE_OPTIONS),
			displayOptions: { show: show('update') },
		},
		simplifyField({ resource: ['client'], operation: ['create', 'get', 'search', 'update'] }),
	],
	operations: { create: createContractor, get: getContractor, search: searchContractors, update: updateContractor },
};
