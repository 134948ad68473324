import { inputError } from '../../../core/errors';
import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientLocator, readClientId } from '../../locators';
import { v3Change } from '../../transport';
import { clientFieldOptions, clientNow, clientValues } from './fields';
import { readBack } from '../../../core/readBack';

export const updateClient: OperationModule = {
	option: standardOperation('update', 'Client', 'Clients'),
	kind: 'write',
	properties: [
		clientLocator,
		fieldsCollection('updateFields', [{ displayName: 'Name', name: 'name', type: 'string', default: '' }, ...clientFieldOptions]),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const id = readClientId(ctx, itemIndex);
		const body = clientValues(readCollection(ctx, 'updateFields', itemIndex));
		if (Object.keys(body).length === 0) throw inputError(ctx.getNode(), 'Nothing to update', itemIndex, 'Add at least one field under Update Fields.');
		await v3Change(ctx, 'PATCH', `/clients/${id}`, { body, itemIndex });
		return await readBack(ctx, itemIndex, `inv.bg updated client ${id}`, () => clientNow(ctx, itemIndex, id));
	},
};
