import { inputError } from '../../../core/errors';
import { alphabetical, fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { checked, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientLocator, readClientId } from '../../locators';
import { clientBody, clientOf } from '../../mapping/client';
import { infaktRequest } from '../../transport';
import { clientCardFields, clientNameField, countryField, outputClient, readClientFields } from './fields';

const updateFields = alphabetical([clientNameField, countryField, ...clientCardFields]);

export const updateClient: OperationModule = {
	option: standardOperation('update', 'Client', 'Clients'),
	kind: 'write',
	properties: [clientLocator, fieldsCollection('updateFields', updateFields), simplifyField({})],
	async execute(ctx, itemIndex) {
		const id = readClientId(ctx, itemIndex);
		const changes = checked(ctx, itemIndex, () => clientOf(readClientFields(readCollection(ctx, 'updateFields', itemIndex))));
		if (Object.keys(changes).length === 0) {
			throw inputError(ctx.getNode(), 'No field to update was set', itemIndex, 'Add at least one field under "Update Fields".');
		}
		return outputClient(ctx, itemIndex, await infaktRequest(ctx, 'PUT', `/clients/${id}.json`, { body: clientBody(changes), itemIndex }));
	},
};
