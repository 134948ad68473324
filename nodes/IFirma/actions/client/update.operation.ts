import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { checkLengths, optionalText, readCollection } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientLocator, readClientId } from '../../locators';
import { CLIENT_LENGTHS, clientPath, replacementOf } from '../../mapping/contractor';
import { ifirmaRequest } from '../../transport';
import { clientDetailsOf, clientOutput, findClient, UPDATE_OPTIONS } from './fields';

/** iFirma replaces the whole client on update, so the current record is read first and only the fields set change. */
export const update: OperationModule = {
	option: standardOperation('update', 'Client', 'Clients'),
	properties: [clientLocator(), fieldsCollection('updateFields', UPDATE_OPTIONS), simplifyField({})],
	kind: 'write',
	async execute(ctx, itemIndex) {
		const identifier = readClientId(ctx, itemIndex);
		const updates = readCollection(ctx, 'updateFields', itemIndex);
		checkLengths(ctx, itemIndex, updates, CLIENT_LENGTHS, UPDATE_OPTIONS);
		const changes = clientDetailsOf(updates, optionalText(updates.name));
		const current = await findClient(ctx, itemIndex, identifier);
		const body = replacementOf(current, changes);
		await ifirmaRequest(ctx, 'PUT', clientPath(identifier), { body, itemIndex });
		return clientOutput(ctx, itemIndex, { ...current, ...body });
	},
};
