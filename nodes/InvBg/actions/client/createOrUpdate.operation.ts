import { inputError } from '../../../core/errors';
import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { optionalText, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientQuery } from '../../mapping/client';
import { CLIENT_LIST } from '../../mapping/list';
import { v3Change, v3List, v3Request } from '../../transport';
import { clientNameField } from './create.operation';
import { clientFieldOptions, clientNow, clientValues } from './fields';
import { readBack } from '../../../core/readBack';

/** More than one match is already an error; two are enough to name it. */
const MATCHES_READ = 20;

/**
 * The client is found by its EIK, or by its VAT number when it has no EIK: one match is updated, none
 * creates it, and several stop the item with their IDs, since guessing which one would change the wrong card.
 */
export const createOrUpdateClient: OperationModule = {
	option: {
		value: 'createOrUpdate',
		name: 'Create or Update',
		action: 'Create or update a client',
		description: 'Create a client, or update the one with the same EIK or VAT number',
	},
	kind: 'write',
	properties: [clientNameField, fieldsCollection('additionalFields', clientFieldOptions), simplifyField({})],
	async execute(ctx, itemIndex) {
		const values = readCollection(ctx, 'additionalFields', itemIndex);
		const body = clientValues({ ...values, name: requireText(ctx, 'name', itemIndex, 'Name', 300) });
		const taxId = optionalText(values.taxId);
		const vatNumber = optionalText(values.vatNumber);
		const key = taxId !== undefined ? { taxId } : vatNumber !== undefined ? { vatNumber } : undefined;
		if (key === undefined) {
			throw inputError(ctx.getNode(), 'Tax ID or VAT Number is required to find the client', itemIndex, 'Add the client\'s EIK as Tax ID, or its VAT Number, under Additional Fields.');
		}
		const matches = await v3List(ctx, CLIENT_LIST, clientQuery(key), { returnAll: false, limit: MATCHES_READ }, itemIndex);
		if (matches.length > 1) {
			const ids = matches.map((match) => String(match.id)).join(', ');
			throw inputError(
				ctx.getNode(),
				`${matches.length} clients have ${'taxId' in key ? `the EIK ${key.taxId}` : `the VAT number ${key.vatNumber}`} (IDs ${ids})`,
				itemIndex,
				'Merge or delete the duplicates in inv.bg, or update one of them with the Update operation.',
			);
		}
		if (matches.length === 0) {
			const created = await v3Request(ctx, 'POST', '/clients', { body, itemIndex });
			return await readBack(ctx, itemIndex, `inv.bg created client ${String(created.id)}`, () => clientNow(ctx, itemIndex, String(created.id)));
		}
		const id = String(matches[0].id);
		await v3Change(ctx, 'PATCH', `/clients/${id}`, { body, itemIndex });
		return await readBack(ctx, itemIndex, `inv.bg updated client ${id}`, () => clientNow(ctx, itemIndex, id));
	},
};
