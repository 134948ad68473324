import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { partyFields, readParty } from '../../../core/fields/party';
import { checkLengths, optionalText } from '../../../core/params';
import { alphabetical } from '../../../core/fields/common';
import { simplified } from '../../../core/output';
import { locator } from '../../locators';
import { CLIENT_LENGTHS } from '../../mapping/limits';
import { departmentOf, simplifyDepartment } from '../../mapping/records';

/** A department is one of the account's seller companies: the seller on the invoices it issues. */
export const departmentLocator = locator('department');

export const departmentNameField: INodeProperties = { displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: 'e.g. Main Office' };

/** A department's card has a client card's fields (Fakturownia's docs): the seller's side of its invoices. */
export const departmentFields: INodeProperties[] = alphabetical([
	{ displayName: 'Bank Name', name: 'bank', type: 'string', default: '' },
	{ displayName: 'Contact Person', name: 'person', type: 'string', default: '', placeholder: 'e.g. Olena Petrenko', description: 'Who signs or answers for the department' },
	{ displayName: 'Shortcut', name: 'shortcut', type: 'string', default: '', description: 'Short name used to find the department' },
	...partyFields(['taxId', 'street', 'city', 'postCode', 'country', 'email', 'phone', 'bankAccount']),
]);

/** A department card from the name and the card's values, each text no longer than BitFaktura keeps. */
export function departmentRecord(ctx: IExecuteFunctions, itemIndex: number, name: string, values: IDataObject, fields: INodeProperties[]): IDataObject {
	checkLengths(ctx, itemIndex, values, CLIENT_LENGTHS, fields);
	return departmentOf(readParty(name, values), {
		bank: optionalText(values.bank),
		person: optionalText(values.person),
		shortcut: optionalText(values.shortcut),
	});
}

export function outputDepartment(ctx: IExecuteFunctions, itemIndex: number, department: IDataObject): IDataObject {
	return simplified(ctx, itemIndex, department, simplifyDepartment);
}
