import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientBody } from '../../mapping/client';
import { infaktRequest } from '../../transport';
import { clientCardFields, clientNameField, countryField, newClient, outputClient, readClientFields } from './fields';

export const createClient: OperationModule = {
	option: standardOperation('create', 'Client', 'Clients'),
	kind: 'write',
	properties: [clientNameField, { ...countryField, required: true }, fieldsCollection('additionalFields', clientCardFields), simplifyField({})],
	async execute(ctx, itemIndex) {
		const fields = readClientFields({ ...readCollection(ctx, 'additionalFields', itemIndex), name: ctx.getNodeParameter('name', itemIndex, ''), country: ctx.getNodeParameter('country', itemIndex, '') });
		const client = newClient(ctx, itemIndex, fields);
		return outputClient(ctx, itemIndex, await infaktRequest(ctx, 'POST', '/clients.json', { body: clientBody(client), itemIndex }));
	},
};
