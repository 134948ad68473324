import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { alphabetical, PAYMENT_METHOD_OPTIONS } from '../../../core/fields/common';
import { partyFields } from '../../../core/fields/party';
import { checked, optionalText } from '../../../core/params';
import { simplified } from '../../../core/output';
import { BUSINESS_ACTIVITY_KINDS } from '../../mapping/codes';
import type { ClientFields } from '../../mapping/client';
import { clientOf, simplifyClient } from '../../mapping/client';

export const clientNameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	placeholder: 'e.g. Firma Testowa Sp. z o.o.',
	description: 'Company name; a private person may have First Name and Last Name instead',
};

export const countryField: INodeProperties = {
	...partyFields(['country'])[0],
	default: 'PL',
	placeholder: 'e.g. PL',
	description: 'Two-letter ISO country code; inFakt requires one',
};

/** The client card's fields: the party fields every node shares, then inFakt's own. */
export const clientCardFields: INodeProperties[] = alphabetical([
	...partyFields(['taxId', 'street', 'city', 'postCode', 'email', 'phone']),
	{ displayName: 'Business Activity Kind', name: 'businessActivityKind', type: 'options', options: BUSINESS_ACTIVITY_KINDS, default: 'other_business' },
	{ displayName: 'Days to Payment', name: 'daysToPayment', type: 'number', typeOptions: { minValue: 0 }, default: 14, description: 'The client\'s usual payment term' },
	{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
	{ displayName: 'Flat Number', name: 'flatNumber', type: 'string', default: '' },
	{ displayName: 'Invoice Note', name: 'invoiceNote', type: 'string', default: '', description: 'Printed on the client\'s invoices' },
	{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '' },
	{ displayName: 'Note', name: 'note', type: 'string', default: '', description: 'For you only; not printed' },
	{ displayName: 'Payment Method', name: 'paymentMethod', type: 'options', options: PAYMENT_METHOD_OPTIONS, default: 'transfer' },
	{ displayName: 'Street Number', name: 'streetNumber', type: 'string', default: '' },
	{ displayName: 'Website', name: 'website', type: 'string', default: '', placeholder: 'e.g. https://firma.example' },
]);

export function readClientFields(values: IDataObject): ClientFields {
	const text = (name: string) => optionalText(values[name]);
	return {
		name: text('name'),
		firstName: text('firstName'),
		lastName: text('lastName'),
		taxId: text('taxId'),
		street: text('street'),
		streetNumber: text('streetNumber'),
		flatNumber: text('flatNumber'),
		city: text('city'),
		postCode: text('postCode'),
		country: text('country'),
		email: text('email'),
		phone: text('phone'),
		website: text('website'),
		paymentMethod: text('paymentMethod'),
		daysToPayment: typeof values.daysToPayment === 'number' ? values.daysToPayment : undefined,
		businessActivityKind: text('businessActivityKind'),
		note: text('note'),
		invoiceNote: text('invoiceNote'),
	};
}

/** A new client card: a name (or a person's first and last name) and a country, as inFakt requires. */
export function newClient(ctx: IExecuteFunctions, itemIndex: number, fields: ClientFields): IDataObject {
	if (fields.name === undefined && (fields.firstName === undefined || fields.lastName === undefined)) {
		throw inputError(ctx.getNode(), 'Name is required', itemIndex, 'Enter the company name, or First Name and Last Name under "Additional Fields" for a private person.');
	}
	if (fields.country === undefined) throw inputError(ctx.getNode(), 'Country is required', itemIndex, 'Enter the two-letter country code, e.g. PL.');
	return checked(ctx, itemIndex, () => clientOf(fields));
}

export function outputClient(ctx: IExecuteFunctions, itemIndex: number, client: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, client, simplifyClient);
}
