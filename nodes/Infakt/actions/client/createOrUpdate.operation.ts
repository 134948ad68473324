import { inputError } from '../../../core/errors';
import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientBody } from '../../mapping/client';
import { clientListQuery, nipDigits, recordIdOf } from '../../mapping/list';
import { infaktPage, infaktRequest } from '../../transport';
import { clientCardFields, clientNameField, countryField, newClient, outputClient, readClientFields } from './fields';

const cardFields = clientCardFields.filter((field) => field.name !== 'taxId');

/**
 * The client with this tax ID, changed to the values given, or a new one when none has it. Two clients
 * with one tax ID are not guessed between.
 */
export const createOrUpdateClient: OperationModule = {
	option: {
		value: 'upsert',
		name: 'Create or Update',
		action: 'Create or update a client',
		description: 'Create a new record, or update the current one if it already exists (upsert)',
	},
	kind: 'write',
	properties: [
		{ displayName: 'Tax ID', name: 'taxId', type: 'string', default: '', required: true, placeholder: 'e.g. 526-025-02-74', description: 'The NIP the client is found by; only its digits are compared' },
		clientNameField,
		{ ...countryField, required: true },
		fieldsCollection('additionalFields', cardFields),
		simplifyField({}),
	],
	async execute(ctx, itemIndex) {
		const taxId = requireText(ctx, 'taxId', itemIndex, 'Tax ID');
		if (nipDigits(taxId) === '') throw inputError(ctx.getNode(), `Tax ID must contain digits, got "${taxId}"`, itemIndex);
		const fields = readClientFields({
			...readCollection(ctx, 'additionalFields', itemIndex),
			taxId,
			name: ctx.getNodeParameter('name', itemIndex, ''),
			country: ctx.getNodeParameter('country', itemIndex, ''),
		});
		const client = newClient(ctx, itemIndex, fields);
		const { entities } = await infaktPage(ctx, '/clients.json', clientListQuery({ taxId }), 0, 10, itemIndex);
		if (entities.length > 1) {
			throw inputError(
				ctx.getNode(),
				`${entities.length} clients have the tax ID ${nipDigits(taxId)} (IDs ${entities.map(recordIdOf).join(', ')})`,
				itemIndex,
				'Update the right one with Update and its ID, or merge the clients in inFakt.',
			);
		}
		const [existing] = entities;
		const saved =
			existing === undefined
				? await infaktRequest(ctx, 'POST', '/clients.json', { body: clientBody(client), itemIndex })
				: await infaktRequest(ctx, 'PUT', `/clients/${recordIdOf(existing)}.json`, { body: clientBody(client), itemIndex });
		return { ...outputClient(ctx, itemIndex, saved), created: existing === undefined };
	},
};
