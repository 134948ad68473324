import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import type { Show } from '../../../core/fields/common';
import { binaryPropertyField, fieldsCollection, PAYMENT_METHOD_OPTIONS, returnAllAndLimit } from '../../../core/fields/common';
import { lineItemsField } from '../../../core/fields/lineItems';
import { partyFields } from '../../../core/fields/party';
import { clientLocator } from '../../locators';
import { FLAT_TAX_RATE_WORDS, hasPaymentMethod } from '../../mapping/codes';
import { DAILY_SALE_DATE, SALE_DATE_FORMAT_OPTIONS, SIGNATURE_KIND_OPTIONS, WITHOUT_SIGNATURE } from '../../mapping/document';
import { PAYMENT_STATUS_OPTIONS } from '../../mapping/lists';

/*
 * The fields invoices and pro formas share: who the document is for, how it is priced and paid, its lines
 * and details, and the fields of reading, listing, downloading and sending one.
 */

/** The buyer's optional details, under Buyer Details. */
export const BUYER_DETAIL_OPTIONS: INodeProperties[] = [
	...partyFields(['taxId', 'street', 'country', 'email', 'phone', 'isPerson', 'externalId']),
	{ displayName: 'EU Prefix', name: 'euPrefix', type: 'string', default: '', placeholder: 'e.g. DE', description: 'EU VAT prefix of the tax ID' },
];

export function buyerFields(): INodeProperties[] {
	const when = (buyerType: string): { show: Show } => ({ show: { buyerType: [buyerType] } });
	return [
		{
			displayName: 'Buyer',
			name: 'buyerType',
			type: 'options',
			options: [
				{ name: 'Buyer Details', value: 'details', description: 'Name and address; iFirma matches the client by tax ID or creates it' },
				{ name: 'Existing Client', value: 'contractor', description: 'A client of the account, picked from the list or by its identifier' },
				{ name: 'Client by Tax ID', value: 'taxId', description: 'A client of the account, found by its NIP' },
			],
			default: 'details',
		},
		{ ...clientLocator({ description: 'The client the document is for' }), displayOptions: when('contractor') },
		{
			displayName: 'Buyer Tax ID',
			name: 'buyerTaxId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 6272616681',
			description: 'The client’s NIP',
			displayOptions: when('taxId'),
		},
		{
			displayName: 'Buyer EU Prefix',
			name: 'buyerEuPrefix',
			type: 'string',
			default: '',
			placeholder: 'e.g. DE',
			description: 'EU VAT prefix of the NIP; empty finds clients without a prefix or with PL',
			displayOptions: when('taxId'),
		},
		{ displayName: 'Buyer Name', name: 'buyerName', type: 'string', required: true, default: '', displayOptions: when('details') },
		{
			displayName: 'Buyer Post Code',
			name: 'buyerPostCode',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 00-001',
			displayOptions: when('details'),
		},
		{ displayName: 'Buyer City', name: 'buyerCity', type: 'string', required: true, default: '', displayOptions: when('details') },
		{
			...fieldsCollection('additionalFields', BUYER_DETAIL_OPTIONS),
			displayName: 'Buyer Details',
			name: 'buyer',
			placeholder: 'Add Buyer Field',
			displayOptions: when('details'),
		},
	];
}

export const PRICE_MODE_FIELD: INodeProperties = {
	displayName: 'Prices Are',
	name: 'priceMode',
	type: 'options',
	options: [
		{ name: 'Net', value: 'net', description: 'Unit prices before VAT' },
		{ name: 'Gross', value: 'gross', description: 'Unit prices including VAT' },
	],
	default: 'net',
};

export const PAYMENT_METHOD_FIELD: INodeProperties = {
	displayName: 'Payment Method',
	name: 'paymentMethod',
	type: 'options',
	options: PAYMENT_METHOD_OPTIONS.filter((option) => hasPaymentMethod(String(option.value))),
	default: 'transfer',
};

const FLAT_TAX_RATE: INodeProperties = {
	displayName: 'Flat Tax Rate (%)',
	name: 'flatTaxRate',
	type: 'string',
	default: '',
	placeholder: 'e.g. 8.5',
	description: `For a flat-rate taxpayer: the line’s flat tax rate in percent (${FLAT_TAX_RATE_WORDS}); the account’s default when empty`,
};

/** The name and unit as the document prints them in its second language. */
export const FOREIGN_LINE_FIELDS: INodeProperties[] = [
	{ displayName: 'Foreign Name', name: 'foreignName', type: 'string', default: '', description: 'The line’s name in the document’s second language' },
	{ displayName: 'Foreign Unit', name: 'foreignUnit', type: 'string', default: '', placeholder: 'e.g. pcs', description: 'The unit in the document’s second language' },
];

/** What a line of an iFirma document holds: the canonical fields it has, and its flat tax rate. */
export function documentLinesField(extra: INodeProperties[] = []): INodeProperties {
	const field = lineItemsField({}, ['quantity', 'unit', 'unitNetPrice', 'unitGrossPrice', 'vatRate', 'discountPercent', 'classification']);
	const [line] = field.options as INodePropertyCollection[];
	return { ...field, required: true, options: [{ ...line, values: [...line.values, FLAT_TAX_RATE, ...extra] }] };
}

/** Details every document has, a pro forma's included. */
export const COMMON_DETAILS: INodeProperties[] = [
	{
		displayName: 'Issue Date',
		name: 'issueDate',
		type: 'string',
		default: '',
		placeholder: 'e.g. 2026-11-21',
		description: 'As YYYY-MM-DD; today in the workflow’s time zone when empty',
	},
	{ displayName: 'Due Date', name: 'dueDate', type: 'string', default: '', placeholder: 'e.g. 2026-12-05', description: 'Payment due date, as YYYY-MM-DD' },
	{ displayName: 'Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. 12', description: 'The number in the series; the next one when empty' },
	{ displayName: 'Place of Issue', name: 'placeOfIssue', type: 'string', default: '' },
	{ displayName: 'Bank Account', name: 'bankAccount', type: 'string', default: '', description: 'Account number printed on the document; BRAK hides it' },
	{ displayName: 'Split Payment', name: 'splitPayment', type: 'boolean', default: false, description: 'Whether to mark the document for the split payment mechanism' },
	{ displayName: 'Numbering Series', name: 'seriesName', type: 'string', default: '', description: 'Name of the numbering series; the default series when empty' },
	{ displayName: 'Template', name: 'templateName', type: 'string', default: '', description: 'Name of the print template; the default when empty' },
	{ displayName: 'Recipient Signature', name: 'signatureKind', type: 'options', options: SIGNATURE_KIND_OPTIONS, default: WITHOUT_SIGNATURE },
	{ displayName: 'Recipient Signature Name', name: 'recipientSignature', type: 'string', default: '' },
	{ displayName: 'Issuer Signature Name', name: 'issuerSignature', type: 'string', default: '' },
	{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{ displayName: 'Show BDO Number', name: 'showBdoNumber', type: 'boolean', default: false, description: 'Whether to print the BDO number of the account' },
];

/** Details of a sale, which a pro forma does not state, and those of some invoice types only. */
export const INVOICE_DETAILS: INodeProperties[] = [
	...COMMON_DETAILS,
	{
		displayName: 'Language',
		name: 'language',
		type: 'string',
		default: '',
		placeholder: 'e.g. en',
		description: 'Second language of the printout (en, de…), for EU and export documents',
	},
	{ displayName: 'Service Name', name: 'serviceName', type: 'string', default: '', description: 'Name of the service, for an export of services' },
	{ displayName: 'Sale Date', name: 'saleDate', type: 'string', default: '', placeholder: 'e.g. 2026-11-21', description: 'As YYYY-MM-DD; the issue date when empty' },
	{ displayName: 'Sale Date Format', name: 'saleDateFormat', type: 'options', options: SALE_DATE_FORMAT_OPTIONS, default: DAILY_SALE_DATE },
	{ displayName: 'Paid Amount', name: 'paidAmount', type: 'string', default: '', placeholder: 'e.g. 0.00', description: 'Amount already paid, printed on the document' },
];

/** The first issue date of a list, Return All and Limit, and its filters: the shared ones, then `filters`. */
export function listFields(issuedFrom: Partial<INodeProperties>, filters: INodeProperties[]): INodeProperties[] {
	return [
		{
			displayName: 'Issued From',
			name: 'issuedFrom',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 2026-11-01',
			description: 'First issue date to list, as YYYY-MM-DD; iFirma lists 30 days from it unless Issued To is set',
			...issuedFrom,
		},
		...returnAllAndLimit({}),
		fieldsCollection('filters', [
			{ displayName: 'Issued To', name: 'issuedTo', type: 'string', default: '', placeholder: 'e.g. 2026-11-30', description: 'Last issue date to list, as YYYY-MM-DD' },
			{ displayName: 'Payment Status', name: 'status', type: 'multiOptions', options: PAYMENT_STATUS_OPTIONS, default: [] },
			clientLocator({ required: false, description: 'Only the documents of this client' }),
			{ displayName: 'Client Tax ID', name: 'contractorTaxId', type: 'string', default: '', placeholder: 'e.g. 6272616681', description: 'Only the documents of the client with this NIP' },
			{ displayName: 'Amount From', name: 'amountFrom', type: 'string', default: '', placeholder: 'e.g. 100.00', description: 'Smallest gross amount' },
			{ displayName: 'Amount To', name: 'amountTo', type: 'string', default: '', placeholder: 'e.g. 1000.00', description: 'Largest gross amount' },
			...filters,
		]),
	];
}

export const DOWNLOAD_FIELDS: INodeProperties[] = [
	{
		displayName: 'Format',
		name: 'format',
		type: 'options',
		options: [
			{ name: 'PDF', value: 'pdf' },
			{ name: 'XML', value: 'xml' },
		],
		default: 'pdf',
	},
	{
		displayName: 'Duplicate',
		name: 'duplicate',
		type: 'boolean',
		default: false,
		description: 'Whether to download a duplicate, dated the day it is downloaded',
		displayOptions: { show: { format: ['pdf'] } },
	},
	binaryPropertyField({}, 'Name of the binary property to put the file in'),
];

export const SEND_OPTIONS: INodeProperties[] = [
	{ displayName: 'Message', name: 'message', type: 'string', typeOptions: { rows: 4 }, default: '', description: 'Text of the email, up to 1000 characters' },
	{ displayName: 'Include Transfer Details', name: 'includeTransferDetails', type: 'boolean', default: true, description: 'Whether the email carries the details for a bank transfer' },
	{ displayName: 'Cash on Delivery', name: 'cashOnDelivery', type: 'boolean', default: false, description: 'Whether the email says the payment is collected on delivery' },
	{ displayName: 'mTransfer', name: 'mTransfer', type: 'string', default: '', description: 'The mTransfer payment setting, as iFirma names it' },
	{ displayName: 'Sender Mailbox', name: 'senderMailbox', type: 'string', default: '', description: 'A mailbox configured in iFirma to send from' },
	{ displayName: 'Email Template', name: 'emailTemplate', type: 'string', default: '', description: 'Name of an email template configured in iFirma' },
	{ displayName: 'Also by Post', name: 'alsoByPost', type: 'boolean', default: false, description: 'Whether iFirma also sends the document by traditional post' },
	{ displayName: 'Also as E-Invoice', name: 'alsoAsEInvoice', type: 'boolean', default: false, description: 'Whether iFirma also sends it as an e-invoice' },
];

export const SEND_FIELDS: INodeProperties[] = [
	{
		displayName: 'Recipient Email',
		name: 'recipient',
		type: 'string',
		placeholder: 'e.g. name@email.com',
		default: '',
		description: 'Where to send the document; the client’s email when empty',
	},
	fieldsCollection('options', SEND_OPTIONS),
];
