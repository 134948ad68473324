import type { IDataObject } from 'n8n-workflow';

import { requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { newUserBody, withoutPassword } from '../../mapping/partner';
import { partnerRequest } from '../../transport';
import { passwordField } from './fields';

/** A partner call to the brand's app address, with the integration token alone. */
export const createUser: OperationModule = {
	option: {
		value: 'create',
		name: 'Create',
		action: 'Create a user',
		description: 'Create a BitFaktura user with an e-mail and password (partners, with the integration token)',
	},
	kind: 'write',
	properties: [{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '', required: true }, passwordField],
	async execute(ctx, itemIndex) {
		const body = newUserBody(requireText(ctx, 'email', itemIndex, 'Email'), requireText(ctx, 'password', itemIndex, 'Password'));
		return withoutPassword(await partnerRequest<IDataObject>(ctx, 'POST', '/users.json', { body, expect: 'object', itemIndex }));
	},
};
