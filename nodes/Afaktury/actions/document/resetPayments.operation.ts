import { simplifyField } from '../../../core/fields/common';
import type { OperationModule } from '../../../core/router';
import { documentLocator, readDocumentHash } from '../../locators';
import { actionPath } from '../../mapping/modules';
import { afakturyRequest } from '../../transport';
import { documentTypeField, readModule } from './fields';
import { documentAfter } from './output';

export const resetPayments: OperationModule = {
	option: { value: 'resetPayments', name: 'Reset Payments', action: 'Reset the payments of a document', description: 'Set what was paid for a document back to zero' },
	kind: 'write',
	properties: [documentTypeField, documentLocator, simplifyField({})],
	async execute(ctx, itemIndex) {
		const module = readModule(ctx, itemIndex);
		const hash = readDocumentHash(ctx, itemIndex);
		const envelope = await afakturyRequest(ctx, 'PUT', actionPath(module, 'payzero'), { body: { hash }, itemIndex });
		return await documentAfter(ctx, itemIndex, module, hash, envelope);
	},
};
