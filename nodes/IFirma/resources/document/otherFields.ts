import type { INodeProperties } from 'n8n-workflow';

import type { Show } from '../../../core/fields/common';
import { binaryPropertyField, fieldsCollection, returnAllAndLimit, simplifyField } from '../../../core/fields/common';
import { lineItemsField } from '../../../core/fields/lineItems';
import { TYPE_CODE_OPTIONS } from '../../documentTypes';
import type { DocumentResource } from './common';
import { documentRefField, documentShow } from './common';

export function getFields(resource: DocumentResource): INodeProperties[] {
	const show = documentShow(resource, ['get']) as Show;
	return [documentRefField(show), simplifyField(show)];
}

export function downloadFields(resource: DocumentResource): INodeProperties[] {
	const show = documentShow(resource, ['download']) as Show;
	return [
		documentRefField(show),
		{
			displayName: 'Format',
			name: 'format',
			type: 'options',
			options: [
				{ name: 'PDF', value: 'pdf' },
				{ name: 'XML', value: 'xml' },
			],
			default: 'pdf',
			displayOptions: { show },
		},
		{
			displayName: 'Duplicate',
			name: 'duplicate',
			type: 'boolean',
			default: false,
			description: 'Whether to download a duplicate, dated the day it is downloaded',
			displayOptions: { show: { ...show, format: ['pdf'] } },
		},
		binaryPropertyField(show, 'Name of the binary property to put the file in'),
	];
}

export function listFields(resource: DocumentResource): INodeProperties[] {
	const show = documentShow(resource, ['getMany']) as Show;
	return [
		{
			displayName: 'Issued From',
			name: 'issuedFrom',
			type: 'string',
			required: true,
			default: '',
			placeholder: '2026-11-01',
			description: 'First issue date to list, as YYYY-MM-DD; ifirma lists 30 days from it unless Issued To is set',
			displayOptions: { show },
		},
		...returnAllAndLimit(show),
		{
			...fieldsCollection('filters', [
				{ displayName: 'Issued To', name: 'issuedTo', type: 'string', default: '', description: 'Last issue date to list, as YYYY-MM-DD' },
				{
					displayName: 'Payment Status',
					name: 'status',
					type: 'multiOptions',
					options: [
						{ name: 'Overdue', value: 'przeterminowane' },
						{ name: 'Unpaid, Not Yet Due', value: 'nieoplacone' },
						{ name: 'Partly Paid', value: 'oplaconeCzesciowo' },
						{ name: 'Paid', value: 'oplacone' },
					],
					default: [],
				},
				{ displayName: 'Contractor Identifier', name: 'contractorId', type: 'string', default: '' },
				{ displayName: 'Contractor Tax ID', name: 'contractorTaxId', type: 'string', default: '' },
				...(resource === 'invoice'
					? [{ displayName: 'Type', name: 'typeCode', type: 'options', options: TYPE_CODE_OPTIONS, default: 'prz_faktura_kraj' } as INodeProperties]
					: []),
				{ displayName: 'Amount From', name: 'amountFrom', type: 'string', default: '', description: 'Smallest gross amount' },
				{ displayName: 'Amount To', name: 'amountTo', type: 'string', default: '', description: 'Largest gross amount' },
			]),
			displayOptions: { show },
		},
		simplifyField(show),
	];
}

export const SEND_OPTIONS: INodeProperties[] = [
	{ displayName: 'Message', name: 'message', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'Text of the e-mail, up to 1000 characters' },
	{ displayName: 'Include Transfer Details', name: 'includeTransferDetails', type: 'boolean', default: true, description: 'Whether the e-mail carries the details for a bank transfer' },
	{ displayName: 'Cash on Delivery', name: 'cashOnDelivery', type: 'boolean', default: false, description: 'Whether the e-mail says the payment is collected on delivery' },
	{ displayName: 'mTransfer', name: 'mTransfer', type: 'string', default: '', description: 'The mTransfer payment setting, as ifirma names it' },
	{ displayName: 'Sender Mailbox', name: 'senderMailbox', type: 'string', default: '', description: 'A mailbox configured in ifirma to send from' },
	{ displayName: 'Email Template', name: 'emailTemplate', type: 'string', default: '', description: 'Name of an e-mail template configured in ifirma' },
	{ displayName: 'Also by Post', name: 'alsoByPost', type: 'boolean', default: false, description: 'Whether ifirma also sends the document by traditional post' },
	{ displayName: 'Also as E-Invoice', name: 'alsoAsEInvoice', type: 'boolean', default: false, description: 'Whether ifirma also sends it as an e-invoice' },
];

export function sendFields(resource: DocumentResource): INodeProperties[] {
	const show = documentShow(resource, ['sendByEmail']) as Show;
	return [
		documentRefField(show),
		{
			displayName: 'Recipient Email',
			name: 'recipient',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Where to send the document; the contractor’s e-mail when empty',
			displayOptions: { show },
		},
		{ ...fieldsCollection('options', SEND_OPTIONS), displayOptions: { show } },
	];
}

export const CORRECTION_REASONS = [
	{ name: 'Discount Granted After Sale', value: 'OBOW_RABAT' },
	{ name: 'Goods Returned', value: 'ZWR_SPRZ_TOW' },
	{ name: 'Amounts Refunded to the Buyer', value: 'ZWR_NAB_KWOT' },
	{ name: 'Advance Refunded to the Buyer', value: 'ZWR_NAB_ZAL' },
	{ name: 'Price Increase', value: 'PODW_CENY' },
	{ name: 'Mistake on the Invoice', value: 'POMYLKI' },
];

export const CORRECTION_OPTIONS: INodeProperties[] = [
	{ displayName: 'Issue Date', name: 'issueDate', type: 'string', default: '', description: 'As YYYY-MM-DD; today when empty' },
	{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '' },
];

export function correctFields(): INodeProperties[] {
	const show: Show = { resource: ['invoice'], operation: ['correct'] };
	return [
		documentRefField(show, 'Invoice ID or Number'),
		{ displayName: 'Reason', name: 'reason', type: 'options', options: CORRECTION_REASONS, default: 'POMYLKI', displayOptions: { show } },
		{
			...lineItemsField(show, ['quantity', 'unit', 'unitNetPrice', 'unitGrossPrice', 'vatRate', 'discountPercent', 'classification']),
			displayName: 'Lines After Correction',
			required: true,
			description: 'Every line of the invoice as it should read after the correction, priced net or gross as the invoice is',
		},
		{ ...fieldsCollection('additionalFields', CORRECTION_OPTIONS), displayOptions: { show } },
		simplifyField(show),
	];
}
