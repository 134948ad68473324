import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { checkLengths, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { CLIENT_LENGTHS, CLIENTS_PATH, contractorOf, createdClient } from '../../mapping/contractor';
import { ifirmaRequest } from '../../transport';
import { clientDetailsOf, clientOutput, CREATE_OPTIONS } from './fields';

export const create: OperationModule = {
	option: standardOperation('create', 'Client', 'Clients'),
	properties: [
		{ displayName: 'Name', name: 'name', type: 'string', required: true, default: '' },
		{ displayName: 'Post Code', name: 'postCode', type: 'string', required: true, default: '', placeholder: 'e.g. 00-001' },
		{ displayName: 'City', name: 'city', type: 'string', required: true, default: '' },
		fieldsCollection('additionalFields', CREATE_OPTIONS),
		simplifyField({}),
	],
	kind: 'write',
	async execute(ctx, itemIndex) {
		const values = readCollection(ctx, 'additionalFields', itemIndex);
		checkLengths(ctx, itemIndex, values, CLIENT_LENGTHS, CREATE_OPTIONS);
		const details = clientDetailsOf(
			{
				...values,
				postCode: requireText(ctx, 'postCode', itemIndex, 'Post Code', CLIENT_LENGTHS.postCode),
				city: requireText(ctx, 'city', itemIndex, 'City', CLIENT_LENGTHS.city),
			},
			requireText(ctx, 'name', itemIndex, 'Name', CLIENT_LENGTHS.name),
		);
		const body = contractorOf(details);
		const answer = await ifirmaRequest(ctx, 'POST', CLIENTS_PATH, { body, itemIndex });
		return clientOutput(ctx, itemIndex, createdClient(answer.payload, body));
	},
};
