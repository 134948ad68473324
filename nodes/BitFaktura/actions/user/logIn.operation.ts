import type { IDataObject } from 'n8n-workflow';

import { requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { logInBody, withoutPassword } from '../../mapping/partner';
import { partnerRequest } from '../../transport';
import { passwordField } from './fields';

/**
 * Returns the user's account address and API token, so another workflow can act for that user. It only
 * reads, so it is repeated like a read when the service is busy; the password is never echoed.
 */
export const logIn: OperationModule = {
	option: {
		value: 'logIn',
		name: 'Log In',
		action: 'Get a user’s API token by logging in',
		description: 'Get a user’s account address and API token from their login and password',
	},
	kind: 'read',
	properties: [
		{ displayName: 'Login', name: 'login', type: 'string', default: '', required: true, placeholder: 'e.g. olena@example.com', description: 'The user’s login or e-mail' },
		passwordField,
	],
	async execute(ctx, itemIndex) {
		const body = logInBody(requireText(ctx, 'login', itemIndex, 'Login'), requireText(ctx, 'password', itemIndex, 'Password'));
		return withoutPassword(await partnerRequest<IDataObject>(ctx, 'POST', '/login.json', { body, expect: 'object', safe: true, itemIndex }));
	},
};
