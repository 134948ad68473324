/**
 * Bank accounts, read only here (docs/services/invbg.md, "Bank accounts"): `accounts` as the rows key, and
 * `default`/`deleted` as 0/1, as third-party integration and QA code read them.
 */
import { findOrNotFound } from './crud';
import type { Endpoint } from './endpoint';
import { json } from './endpoint';
import { plainList } from './paging';

export const bankAccountEndpoints: Endpoint[] = [
	{
		method: 'GET',
		path: '/bank/accounts',
		action: (call) => plainList(call, call.store.bankAccounts.all(), 'accounts'),
	},
	{
		method: 'GET',
		path: '/bank/accounts/:id',
		action: (call) => json(200, findOrNotFound(call.store.bankAccounts, call.path.id)),
	},
];
