/**
 * Get, create, update and delete of a document module. Reads answer `return` as an array, a single get as a
 * one-element array (observed). INFERRED: create and update answer the record as it now stands, delete an
 * empty `return`.
 */
import { createDocument, deleteDocument, findDocument, updateDocument } from './documents';
import type { Endpoint } from './endpoint';
import { MESSAGE, success } from './envelope';
import type { DocumentModule } from './modules';
import { renderDocument } from './render';

export const crudEndpoints: readonly Endpoint<DocumentModule>[] = [
	{
		method: 'GET',
		action: '',
		handle: ({ module, input, store }) =>
			success([MESSAGE.READ], [renderDocument(store, findDocument(store, module, input.hash))]),
	},
	{
		method: 'POST',
		action: '',
		handle: ({ module, input, store }) =>
			success([MESSAGE.ADDED], [renderDocument(store, createDocument(store, module, input))]),
	},
	{
		method: 'PUT',
		action: '',
		handle: ({ module, input, store }) =>
			success([MESSAGE.UPDATED], [renderDocument(store, updateDocument(store, module, input))]),
	},
	{
		method: 'DELETE',
		action: '',
		handle: ({ module, input, store }) => {
			deleteDocument(store, module, input);
			return success([MESSAGE.DELETED], []);
		},
	},
];
