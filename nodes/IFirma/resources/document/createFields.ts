import type { INodeProperties } from 'n8n-workflow';

import type { Show } from '../../../core/fields/common';
import { fieldsCollection, PAYMENT_METHOD_OPTIONS, simplifyField } from '../../../core/fields/common';
import { lineItemsField } from '../../../core/fields/lineItems';
import { partyFields } from '../../../core/fields/party';
import {
	BILL,
	DOCUMENT_TYPES,
	FOREIGN_CURRENCY_INVOICE,
	MAIL_ORDER_INVOICE,
	PROFORMA,
} from '../../documentTypes';
import { contractorIdField } from '../../contractorField';
import type { DocumentResource } from './common';
import { documentShow } from './common';

const FOREIGN_CURRENCY_TYPES = DOCUMENT_TYPES.filter((type) => type.foreignCurrency).map((type) => type.endpoint);
const ALL_BUT_PROFORMA = DOCUMENT_TYPES.map((type) => type.endpoint).filter((endpoint) => endpoint !== PROFORMA);

/** iFirma has no "other" payment method; the rest map one to one. */
const IFIRMA_PAYMENT_METHODS = PAYMENT_METHOD_OPTIONS.filter((option) => option.value !== 'other');

function withShow(field: INodeProperties, show: Show | undefined): INodeProperties[] {
	return show === undefined ? [] : [{ ...field, displayOptions: { show } }];
}

/** The buyer's optional details, under Buyer Details. */
export const BUYER_DETAIL_OPTIONS: INodeProperties[] = [
	...partyFields(['taxId', 'street', 'country', 'email', 'phone', 'isPerson', 'externalId']),
	{ displayName: 'EU Prefix', name: 'euPrefix', type: 'string', default: '', placeholder: 'DE', description: 'EU VAT prefix of the tax ID' },
];

function buyerFields(show: Show): INodeProperties[] {
	const when = (buyerType: string): Show => ({ ...show, buyerType: [buyerType] });
	return [
		{
			displayName: 'Buyer',
			name: 'buyerType',
			type: 'options',
			options: [
				{ name: 'Buyer Details', value: 'details', description: 'Name and address; ifirma matches the contractor by tax ID or creates it' },
				{ name: 'Existing Contractor', value: 'contractor', description: 'A contractor of the account, by its identifier' },
				{ name: 'Contractor by Tax ID', value: 'taxId', description: 'A contractor of the account, found by its NIP' },
			],
			default: 'details',
			displayOptions: { show },
		},
		contractorIdField(when('contractor')),
		{
			displayName: 'Buyer Tax ID',
			name: 'buyerTaxId',
			type: 'string',
			required: true,
			default: '',
			placeholder: '6272616681',
			description: 'The contractor’s NIP',
			displayOptions: { show: when('taxId') },
		},
		{
			displayName: 'Buyer EU Prefix',
			name: 'buyerEuPrefix',
			type: 'string',
			default: '',
			placeholder: 'DE',
			description: 'EU VAT prefix of the NIP; empty finds contractors without a prefix or with PL',
			displayOptions: { show: when('taxId') },
		},
		{ displayName: 'Buyer Name', name: 'buyerName', type: 'string', required: true, default: '', displayOptions: { show: when('details') } },
		{ displayName: 'Buyer Post Code', name: 'buyerPostCode', type: 'string', required: true, default: '', placeholder: '00-001', displayOptions: { show: when('details') } },
		{ displayName: 'Buyer City', name: 'buyerCity', type: 'string', required: true, default: '', displayOptions: { show: when('details') } },
		{
			...fieldsCollection('additionalFields', BUYER_DETAIL_OPTIONS),
			displayName: 'Buyer Details',
			name: 'buyer',
			placeholder: 'Add Buyer Field',
			displayOptions: { show: when('details') },
		},
	];
}

const COMMON_DETAILS: INodeProperties[] = [
	{ displayName: 'Issue Date', name: 'issueDate', type: 'string', default: '', placeholder: '2026-11-21', description: 'As YYYY-MM-DD; today in the workflow’s time zone when empty' },
	{ displayName: 'Due Date', name: 'dueDate', type: 'string', default: '', description: 'Payment due date, as YYYY-MM-DD' },
	{ displayName: 'Number', name: 'number', type: 'string', default: '', description: 'The number in the series; the next one when empty' },
	{ displayName: 'Place of Issue', name: 'placeOfIssue', type: 'string', default: '' },
	{ displayName: 'Bank Account', name: 'bankAccount', type: 'string', default: '', description: 'Account number printed on the document; BRAK hides it' },
	{ displayName: 'Split Payment', name: 'splitPayment', type: 'boolean', default: false, description: 'Whether to mark the document for the split payment mechanism' },
	{ displayName: 'Numbering Series', name: 'seriesName', type: 'string', default: '', description: 'Name of the numbering series; the default series when empty' },
	{ displayName: 'Template', name: 'templateName', type: 'string', default: '', description: 'Name of the print template; the default when empty' },
	{
		displayName: 'Recipient Signature',
		name: 'signatureKind',
		type: 'options',
		options: [
			{ name: 'Without Recipient Signature', value: 'BPO' },
			{ name: 'Without Recipient and Issuer Signatures', value: 'BWO' },
			{ name: 'Person Authorised to Receive', value: 'OUP' },
			{ name: 'Authorisation', value: 'UPO' },
		],
		default: 'BPO',
	},
	{ displayName: 'Recipient Signature Name', name: 'recipientSignature', type: 'string', default: '' },
	{ displayName: 'Issuer Signature Name', name: 'issuerSignature', type: 'string', default: '' },
	{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '' },
	{ displayName: 'Show BDO Number', name: 'showBdoNumber', type: 'boolean', default: false, description: 'Whether to print the BDO number of the account' },
	{ displayName: 'Language', name: 'language', type: 'string', default: '', placeholder: 'en', description: 'Second language of the printout (en, de…), for EU and export documents' },
	{ displayName: 'Service Name', name: 'serviceName', type: 'string', default: '', description: 'Name of the service, for an export of services' },
];

const SALE_DETAILS: INodeProperties[] = [
	{ displayName: 'Sale Date', name: 'saleDate', type: 'string', default: '', description: 'As YYYY-MM-DD; the issue date when empty' },
	{
		displayName: 'Sale Date Format',
		name: 'saleDateFormat',
		type: 'options',
		options: [
			{ name: 'Day', value: 'DZN' },
			{ name: 'Month', value: 'MSC' },
		],
		default: 'DZN',
	},
	{ displayName: 'Paid Amount', name: 'paidAmount', type: 'string', default: '', placeholder: '0.00', description: 'Amount already paid, printed on the document' },
];

/** Every field of a document's Additional Fields, whatever its type. */
export const DOCUMENT_DETAIL_FIELDS: INodeProperties[] = [...COMMON_DETAILS, ...SALE_DETAILS];

/** The fields of issuing a document, under Invoice (with its type) or under Pro Forma. */
export function createFields(resource: DocumentResource, operations: string[]): INodeProperties[] {
	const show = documentShow(resource, operations) as Show;
	const forTypes = (types: string[]) => documentShow(resource, operations, types);
	return [
		...buyerFields(show),
		{
			displayName: 'Prices Are',
			name: 'priceMode',
			type: 'options',
			options: [
				{ name: 'Net', value: 'net', description: 'Unit prices before VAT' },
				{ name: 'Gross', value: 'gross', description: 'Unit prices including VAT' },
			],
			default: 'net',
			displayOptions: { show },
		},
		{ displayName: 'Payment Method', name: 'paymentMethod', type: 'options', options: IFIRMA_PAYMENT_METHODS, default: 'transfer', displayOptions: { show } },
		...withShow(
			{
				displayName: 'Pro Forma For',
				name: 'proformaKind',
				type: 'options',
				options: [
					{ name: 'Sale', value: 'SPRZ' },
					{ name: 'Construction Services', value: 'BUD' },
					{ name: 'Advance Payment', value: 'ZAL' },
				],
				default: 'SPRZ',
				description: 'The kind of domestic invoice the pro forma precedes',
			},
			forTypes([PROFORMA]),
		),
		...withShow(
			{ displayName: 'Order Number', name: 'orderNumber', type: 'string', required: true, default: '', description: 'Your order number; pro formas can be found by it later' },
			forTypes([PROFORMA]),
		),
		...withShow(
			{ displayName: 'Payment Received Date', name: 'paymentReceivedDate', type: 'string', required: true, default: '', description: 'When the payment was received, as YYYY-MM-DD' },
			forTypes([MAIL_ORDER_INVOICE]),
		),
		...withShow(
			{ displayName: 'Currency', name: 'currency', type: 'string', required: true, default: 'EUR', description: 'Three-letter currency code' },
			forTypes(FOREIGN_CURRENCY_TYPES),
		),
		...withShow(
			{
				displayName: 'Sale Type',
				name: 'saleType',
				type: 'options',
				options: [
					{ name: 'Domestic', value: 'KRAJOWA' },
					{ name: 'Dispatch From Poland', value: 'WYSYLKOWA' },
				],
				default: 'KRAJOWA',
			},
			forTypes([FOREIGN_CURRENCY_INVOICE]),
		),
		...withShow(
			{
				displayName: 'Revenue Ledger Entry',
				name: 'ledgerEntry',
				type: 'options',
				options: [
					{ name: 'None', value: 'NIE' },
					{ name: 'Goods', value: 'TOW' },
					{ name: 'Other', value: 'POZ' },
				],
				default: 'NIE',
				description: 'How the bill is entered in the revenue and expense ledger (KPiR)',
			},
			forTypes([BILL]),
		),
		{
			...lineItemsField(show, ['quantity', 'unit', 'unitNetPrice', 'unitGrossPrice', 'vatRate', 'discountPercent', 'classification']),
			required: true,
		},
		...withShow(fieldsCollection('additionalFields', DOCUMENT_DETAIL_FIELDS), forTypes(ALL_BUT_PROFORMA)),
		...withShow(fieldsCollection('additionalFields', COMMON_DETAILS), forTypes([PROFORMA])),
		simplifyField(show),
	];
}
