import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { optionalText, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { newAccountBody } from '../../mapping/partner';
import { partnerRequest } from '../../transport';

const owner: INodeProperties = {
	displayName: 'Owner',
	name: 'owner',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
		{ displayName: 'Login', name: 'login', type: 'string', default: '', placeholder: 'e.g. olena' },
		{ displayName: 'Partner Code', name: 'partnerCode', type: 'string', default: '', description: 'Your partner code, which ties the new account to you' },
		{ displayName: 'Password', name: 'password', type: 'string', typeOptions: { password: true }, default: '' },
	],
};

const company: INodeProperties = {
	displayName: 'Company',
	name: 'company',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	options: [
		{ displayName: 'Bank Account', name: 'bankAccount', type: 'string', default: '' },
		{ displayName: 'Bank Name', name: 'bank', type: 'string', default: '' },
		{ displayName: 'City', name: 'city', type: 'string', default: '' },
		{ displayName: 'Contact Person', name: 'person', type: 'string', default: '', placeholder: 'e.g. Olena Petrenko' },
		{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Kvitka LLC' },
		{ displayName: 'Post Code', name: 'postCode', type: 'string', default: '' },
		{ displayName: 'Street', name: 'street', type: 'string', default: '' },
		{ displayName: 'Tax ID', name: 'taxId', type: 'string', default: '' },
	],
};

/** A partner call to the brand's app address; the service may answer with another prefix if it is taken. */
export const createAccount: OperationModule = {
	option: {
		value: 'create',
		name: 'Create',
		action: 'Create an account for a client',
		description: 'Create a new BitFaktura account with its owner and company (partners, with the integration token)',
	},
	kind: 'write',
	properties: [
		{ displayName: 'Prefix', name: 'prefix', type: 'string', default: '', required: true, placeholder: 'e.g. kvitka', description: 'The account’s address prefix; BitFaktura may choose another if it is taken' },
		owner,
		company,
	],
	async execute(ctx, itemIndex) {
		const given = readCollection(ctx, 'owner', itemIndex);
		const firm = readCollection(ctx, 'company', itemIndex);
		const body = newAccountBody(
			requireText(ctx, 'prefix', itemIndex, 'Prefix'),
			{
				login: optionalText(given.login),
				email: optionalText(given.email),
				password: optionalText(given.password),
				partnerCode: optionalText(given.partnerCode),
			},
			{
				name: optionalText(firm.name),
				taxId: optionalText(firm.taxId),
				postCode: optionalText(firm.postCode),
				city: optionalText(firm.city),
				street: optionalText(firm.street),
				person: optionalText(firm.person),
				bank: optionalText(firm.bank),
				bankAccount: optionalText(firm.bankAccount),
			},
		);
		return await partnerRequest<IDataObject>(ctx, 'POST', '/account.json', { body, expect: 'object', itemIndex });
	},
};
