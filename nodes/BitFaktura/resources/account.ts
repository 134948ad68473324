import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inputError } from '../../core/errors';
import { operationProperty } from '../../core/fields/operations';
import { readCollection, renameKeys, requireText } from '../../core/params';
import type { Operation } from '../../core/router';
import { bitFakturaRequest } from '../transport';
import type { ResourceDefinition } from '../../core/router';

/**
 * Partner operations need the integration token BitFaktura gives partners. The sandbox and the API
 * pages serve login, users and account creation on the account address too; on the real service they
 * live on the app host as well (INFERRED: the same Rails app answers both).
 */
async function integrationToken(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	const credentials = await ctx.getCredentials('bitFakturaApi', itemIndex);
	const token = String(credentials.integrationToken ?? '').trim();
	if (token === '') {
		throw inputError(
			ctx.getNode(),
			'This operation needs the Integration Token of the BitFaktura credential',
			itemIndex,
			'BitFaktura gives partners an integration token on request; enter it in the credential.',
		);
	}
	return token;
}

const COMPANY_OPTIONS: INodeProperties[] = [
	{ displayName: 'Bank Account', name: 'bankAccount', type: 'string', default: '' },
	{ displayName: 'Bank Name', name: 'bank', type: 'string', default: '' },
	{ displayName: 'City', name: 'city', type: 'string', default: '' },
	{ displayName: 'Contact Person', name: 'person', type: 'string', default: '' },
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	{ displayName: 'Post Code', name: 'postCode', type: 'string', default: '' },
	{ displayName: 'Street', name: 'street', type: 'string', default: '' },
	{ displayName: 'Tax ID', name: 'taxId', type: 'string', default: '' },
];

const getAccount: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const token = await integrationToken(ctx, itemIndex);
		return await bitFakturaRequest<IDataObject>(ctx, 'GET', '/account.json', { qs: { integration_token: token }, expect: 'object', itemIndex });
	},
};

const createAccount: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const token = await integrationToken(ctx, itemIndex);
		const body: IDataObject = {
			account: { prefix: requireText(ctx, 'prefix', itemIndex, 'Prefix') },
			integration_token: token,
		};
		const owner = readCollection(ctx, 'owner', itemIndex);
		if (Object.keys(owner).length > 0) {
			body.user = renameKeys(owner, { login: 'login', email: 'email', password: 'password', partnerCode: 'from_partner' });
		}
		const company = readCollection(ctx, 'company', itemIndex);
		if (Object.keys(company).length > 0) {
			body.company = renameKeys(company, {
				name: 'name',
				taxId: 'tax_no',
				postCode: 'post_code',
				city: 'city',
				street: 'street',
				person: 'person',
				bank: 'bank',
				bankAccount: 'bank_account',
			});
		}
		return await bitFakturaRequest<IDataObject>(ctx, 'POST', '/account.json', { body, expect: 'object', itemIndex });
	},
};

const createUser: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const token = await integrationToken(ctx, itemIndex);
		const user = {
			email: requireText(ctx, 'email', itemIndex, 'Email'),
			password: requireText(ctx, 'password', itemIndex, 'Password'),
		};
		const created = await bitFakturaRequest<IDataObject>(ctx, 'POST', '/users.json', {
			body: { user, integration_token: token },
			expect: 'object',
			itemIndex,
		});
		const { password: _password, ...withoutPassword } = created;
		return withoutPassword;
	},
};

/** Returns the user's API token, so another workflow can act for that user; the password is never echoed. */
const logIn: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const token = await integrationToken(ctx, itemIndex);
		const answer = await bitFakturaRequest<IDataObject>(ctx, 'POST', '/login.json', {
			body: {
				login: requireText(ctx, 'login', itemIndex, 'Login'),
				password: requireText(ctx, 'password', itemIndex, 'Password'),
				integration_token: token,
			},
			expect: 'object',
			safe: true,
			itemIndex,
		});
		const { password: _password, ...withoutPassword } = answer;
		return withoutPassword;
	},
};

const passwordField: INodeProperties = {
	displayName: 'Password',
	name: 'password',
	type: 'string',
	typeOptions: { password: true },
	default: '',
	required: true,
};

const show = (resource: string, operation: string) => ({ show: { resource: [resource], operation: [operation] } });

export const accountResource: ResourceDefinition = {
	description: [
		operationProperty(
			'account',
			[
				{ value: 'get', name: 'Get', action: 'Get the account', description: 'Get the account of the API token (needs the integration token)' },
				{ value: 'create', name: 'Create', action: 'Create an account', description: 'Create a new BitFaktura account, with its owner and company (partners)' },
			],
			'get',
		),
		...updateDisplayOptions(show('account', 'create'), [
			{ displayName: 'Prefix', name: 'prefix', type: 'string', default: '', required: true, description: 'The account’s address prefix; BitFaktura may choose another if it is taken' },
			{
				displayName: 'Owner',
				name: 'owner',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: [
					{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
					{ displayName: 'Login', name: 'login', type: 'string', default: '' },
					{ displayName: 'Partner Code', name: 'partnerCode', type: 'string', default: '' },
					{ ...passwordField, required: false },
				],
			},
			{ displayName: 'Company', name: 'company', type: 'collection', placeholder: 'Add Field', default: {}, options: COMPANY_OPTIONS },
		]),
	],
	operations: { get: getAccount, create: createAccount },
};

export const userResource: ResourceDefinition = {
	description: [
		operationProperty(
			'user',
			[
				{ value: 'create', name: 'Create', action: 'Create a user' },
				{ value: 'logIn', name: 'Log In', action: 'Log in as a user', description: 'Get a user’s account address and API token from their login and password' },
			],
			'create',
		),
		...updateDisplayOptions(show('user', 'create'), [
			{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', required: true },
			passwordField,
		]),
		...updateDisplayOptions(show('user', 'logIn'), [
			{ displayName: 'Login', name: 'login', type: 'string', default: '', required: true, description: 'The user’s login or e-mail' },
			passwordField,
		]),
	],
	operations: { create: createUser, logIn },
};
