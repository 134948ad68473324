/**
 * GET `/api/<dictionary>/list`: the account's entries, paged like every list (INFERRED: no dictionary page
 * is public; docs/services/afaktury.md, Dictionaries).
 */
import type { Endpoint } from './endpoint';
import { MESSAGE, Problems, success } from './envelope';
import { refuseUnknown } from './fields';
import type { DictionaryModule } from './modules';
import { pageOf, readPaging } from './paging';

const KNOWN = new Set(['page', 'count']);

export const dictionaryListEndpoint: Endpoint<DictionaryModule> = {
	method: 'GET',
	action: 'list',
	handle: ({ module, input, store }) => {
		const problems = new Problems();
		refuseUnknown(problems, input, KNOWN);
		const paging = readPaging(problems, input);
		problems.throwIfAny();
		const { rows, pages } = pageOf(store.dictionaries[module], paging);
		return success([MESSAGE.READ], rows.map((entry) => ({ ...entry })), { pages });
	},
};
