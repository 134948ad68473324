import { operationProperty } from '../../core/fields/operations';
import type { ResourceDefinition } from '../../core/router';
import { SENDABLE_TYPE_OPTIONS } from '../documentTypes';
import { documentTypeField } from './document/common';
import { createFields } from './document/createFields';
import {
	correctDocument,
	createDocument,
	downloadDocument,
	getDocument,
	listDocuments,
	sendDocument,
} from './document/operations';
import { correctFields, downloadFields, getFields, listFields, sendFields } from './document/otherFields';

/** Every document type ifirma issues: the type is chosen per operation, the fields follow it. */
export const invoiceResource: ResourceDefinition = {
	description: [
		operationProperty(
			'invoice',
			[
				{ value: 'create', name: 'Create', action: 'Create an invoice' },
				{ value: 'get', name: 'Get', action: 'Get an invoice' },
				{ value: 'getMany', name: 'Get Many', action: 'Get many invoices' },
				{ value: 'download', name: 'Download', action: 'Download an invoice as PDF or XML' },
				{ value: 'sendByEmail', name: 'Send by Email', action: 'Send an invoice by email' },
				{ value: 'correct', name: 'Correct', action: 'Issue a correction of a domestic invoice' },
			],
			'create',
		),
		documentTypeField(['create', 'get', 'download']),
		{ ...documentTypeField(['sendByEmail'], SENDABLE_TYPE_OPTIONS) },
		...createFields('invoice', ['create']),
		...getFields('invoice'),
		...downloadFields('invoice'),
		...listFields('invoice'),
		...sendFields('invoice'),
		...correctFields(),
	],
	operations: {
		create: createDocument,
		get: getDocument,
		getMany: listDocuments,
		download: downloadDocument,
		sendByEmail: sendDocument,
		correct: correctDocument,
	},
};
