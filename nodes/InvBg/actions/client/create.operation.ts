import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { v3Request } from '../../transport';
import { clientFieldOptions, clientNow, clientValues } from './fields';
import { readBack } from '../../../core/readBack';

export const clientNameField = { displayName: 'Name', name: 'name', type: 'string' as const, default: '', required: true, placeholder: 'e.g. Фирма ООД' };

export const createClient: OperationModule = {
	option: { ...standardOperation('create', 'Client', 'Clients'), description: 'Add a client card' },
	kind: 'write',
	properties: [clientNameField, fieldsCollection('additionalFields', clientFieldOptions), simplifyField({})],
	async execute(ctx, itemIndex) {
		const body = clientValues({ ...readCollection(ctx, 'additionalFields', itemIndex), name: requireText(ctx, 'name', itemIndex, 'Name', 300) });
		const created = await v3Request(ctx, 'POST', '/clients', { body, itemIndex });
		return await readBack(ctx, itemIndex, `inv.bg created client ${String(created.id)}`, () => clientNow(ctx, itemIndex, String(created.id)));
	},
};
