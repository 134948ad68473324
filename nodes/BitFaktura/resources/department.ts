import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { multipartBody, readFileInput } from '../../core/binary';
import { inputError } from '../../core/errors';
import { binaryPropertyField, fieldsCollection } from '../../core/fields/common';
import { partyFields } from '../../core/fields/party';
import { readCollection, renameKeys, requireId, requireText } from '../../core/params';
import type { Operation } from '../../core/router';
import { departmentLocator } from '../locators';
import { bitFakturaRequest } from '../transport';
import { recordResource } from './record';

const OWN_OPTIONS: INodeProperties[] = [
	{ displayName: 'Bank Name', name: 'bank', type: 'string', default: '' },
	{ displayName: 'Name', name: 'name', type: 'string', default: '' },
	{ displayName: 'Shortcut', name: 'shortcut', type: 'string', default: '' },
];

const DEPARTMENT_OPTIONS: INodeProperties[] = [
	...OWN_OPTIONS,
	...partyFields(['taxId', 'street', 'city', 'postCode', 'country', 'email', 'phone', 'bankAccount']),
].sort((a, b) => a.displayName.localeCompare(b.displayName));

/** A department is the seller on invoices; its card uses the client field names (FK). */
const DEPARTMENT_WIRE = {
	bank: 'bank',
	bankAccount: 'bank_account',
	city: 'city',
	country: 'country',
	email: 'email',
	name: 'name',
	phone: 'phone',
	postCode: 'post_code',
	shortcut: 'shortcut',
	street: 'street',
	taxId: 'tax_no',
};

/** The logo goes as a multipart upload, the only way the API takes a file (S0). */
const uploadLogo: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const id = requireId(ctx, 'departmentId', itemIndex, 'Department');
		const propertyName = requireText(ctx, 'binaryPropertyName', itemIndex, 'Binary Property');
		const file = await readFileInput(ctx, itemIndex, propertyName);
		if (!file.mimeType.startsWith('image/')) {
			throw inputError(ctx.getNode(), `The file in "${propertyName}" is ${file.mimeType}, not an image`, itemIndex, 'Upload a PNG, JPEG or GIF logo.');
		}
		const { body, contentType } = multipartBody([{ name: 'department[logo]', file }]);
		return await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/departments/${id}.json`, {
			body,
			headers: { 'Content-Type': contentType },
			expect: 'object',
			itemIndex,
		});
	},
};

export const departmentResource = recordResource({
	resource: 'department',
	label: 'Department',
	plural: 'Departments',
	wrapper: 'department',
	basePath: '/departments',
	idField: departmentLocator(),
	without: ['create', 'delete'],
	update: {
		fields: [
			fieldsCollection('updateFields', DEPARTMENT_OPTIONS),
		],
		read: (ctx, i) => renameKeys(readCollection(ctx, 'updateFields', i), DEPARTMENT_WIRE),
	},
	extraOperations: [
		{
			value: 'uploadLogo',
			name: 'Upload Logo',
			action: 'Upload a department logo',
			description: 'Set the logo printed on the department’s invoices from a binary property',
			fields: [
				departmentLocator(),
				binaryPropertyField({}, 'Name of the binary property that holds the logo image'),
			],
			operation: uploadLogo,
		},
	],
});
