import type { IDataObject } from 'n8n-workflow';

import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { pickedId } from '../../locators';
import { wrapped } from '../../mapping/wire';
import { bitFakturaRequest } from '../../transport';
import { clientCardFields, clientLocator, clientNameField, clientRecord } from './fields';

const updateFields = alphabetical([clientNameField, ...clientCardFields]);

export const updateClient: OperationModule = {
	option: standardOperation('update', 'Client', 'Clients'),
	kind: 'write',
	properties: [clientLocator, fieldsCollection('updateFields', updateFields)],
	async execute(ctx, itemIndex) {
		const id = await pickedId(ctx, 'clientId', itemIndex, 'Client');
		const values = readCollection(ctx, 'updateFields', itemIndex);
		const changes = clientRecord(ctx, itemIndex, String(values.name ?? ''), values, updateFields);
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields".');
		}
		return await bitFakturaRequest<IDataObject>(ctx, 'PUT', `/clients/${id}.json`, { body: wrapped('client', changes), expect: 'object', itemIndex });
	},
};
