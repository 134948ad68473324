import { returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { readListLimits } from '../../../core/pagination';
import { requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientOutput, searchClients } from './fields';

/** iFirma lists clients only by a phrase it searches for, so the search is not optional. */
export const getMany: OperationModule = {
	option: standardOperation('getMany', 'Client', 'Clients'),
	properties: [
		{
			displayName: 'Search Text',
			name: 'query',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Kowalski',
			description: 'Part of the name, NIP or identifier; iFirma returns up to 20 matches',
		},
		...returnAllAndLimit({}),
		simplifyField({}),
	],
	kind: 'read',
	async execute(ctx, itemIndex) {
		const { limit } = readListLimits(ctx, itemIndex);
		const found = await searchClients(ctx, itemIndex, requireText(ctx, 'query', itemIndex, 'Search Text'));
		return found.slice(0, limit).map((record) => clientOutput(ctx, itemIndex, record));
	},
};
