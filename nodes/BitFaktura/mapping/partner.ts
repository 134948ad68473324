import type { IDataObject } from 'n8n-workflow';

import { compact } from './wire';

/*
 * The partner calls (docs/services/bitfaktura.md, "Account" and "Users"): the bodies the API pages show.
 * The tokens beside them are the credential's to add.
 */

export interface AccountOwner {
	login?: string;
	email?: string;
	password?: string;
	partnerCode?: string;
}

export interface AccountCompany {
	name?: string;
	taxId?: string;
	postCode?: string;
	city?: string;
	street?: string;
	person?: string;
	bank?: string;
	bankAccount?: string;
}

function present(record: IDataObject): IDataObject | undefined {
	const kept = compact(record);
	return Object.keys(kept).length === 0 ? undefined : kept;
}

/** A new account with, when given, its owner and its company. */
export function newAccountBody(prefix: string, owner: AccountOwner, company: AccountCompany): IDataObject {
	return compact({
		account: { prefix },
		user: present({ login: owner.login, email: owner.email, password: owner.password, from_partner: owner.partnerCode }),
		company: present({
			name: company.name,
			tax_no: company.taxId,
			post_code: company.postCode,
			city: company.city,
			street: company.street,
			person: company.person,
			bank: company.bank,
			bank_account: company.bankAccount,
		}),
	});
}

export function newUserBody(email: string, password: string): IDataObject {
	return { user: { email, password } };
}

export function logInBody(login: string, password: string): IDataObject {
	return { login, password };
}

/** A user's record as an item: the password the user gave is never echoed into the workflow. */
export function withoutPassword(record: IDataObject): IDataObject {
	const { password: _password, ...rest } = record;
	return rest;
}
