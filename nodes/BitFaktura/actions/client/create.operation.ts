import type { IDataObject } from 'n8n-workflow';

import { fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { CLIENT_LENGTHS } from '../../mapping/limits';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { clientCardFields, clientNameField, clientRecord } from './fields';

export const createClient: OperationModule = {
	option: standardOperation('create', 'Client', 'Clients'),
	kind: 'write',
	properties: [{ ...clientNameField, required: true }, fieldsCollection('additionalFields', clientCardFields)],
	async execute(ctx, itemIndex) {
		const name = requireText(ctx, 'name', itemIndex, 'Name', CLIENT_LENGTHS.name);
		const client = clientRecord(ctx, itemIndex, name, readCollection(ctx, 'additionalFields', itemIndex), clientCardFields);
		return await bitFakturaRequest<IDataObject>(ctx, 'POST', '/clients.json', { body: wrapped('client', client), expect: 'object', itemIndex });
	},
};
