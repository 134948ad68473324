import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fileItem } from '../../../core/binary';
import { inputError } from '../../../core/errors';
import { binaryPropertyField, fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import { checked, optionalText, readCollection, requireText } from '../../../core/params';
import { parseDecimal } from '../../../core/canonical';
import type { OperationModule } from '../../../core/router';
import { wantsSimplified } from '../../../core/output';
import { CREDENTIAL_TYPE } from '../../auth';
import type { V1BuyerInput, V1DocumentInput, V1LineInput } from '../../mapping/document';
import { simplifyV1Created, v1Created, v1Pdf, v1Request } from '../../mapping/document';
import { V1_DOCUMENT_TYPES } from '../../mapping/values';
import { v1Post } from '../../transport';
import {
	buyerDetailsField,
	buyerNameField,
	commonInvoiceOptions,
	currencyField,
	documentTypeField,
	invoiceLinesField,
	LINE_LIMITS,
	paymentMethodField,
	readBuyer,
	readInvoiceInput,
	relatedInvoiceFields,
	vatPercentField,
} from '../invoiceInput';

const text = (displayName: string, name: string, description?: string): INodeProperties => ({ displayName, name, type: 'string', default: '', description });

const properties: INodeProperties[] = [
	documentTypeField,
	...relatedInvoiceFields,
	buyerNameField,
	buyerDetailsField([
		text('Bank BIC', 'bankBic', 'Required with the Bank Transfer payment method'),
		text('Bank IBAN', 'bankIban', 'Required with the Bank Transfer payment method'),
		text('Bank Name', 'bankName', 'Required with the Bank Transfer payment method'),
		text('External ID', 'externalId', 'The ID of this client in your own system (shop, CRM)'),
		text('Recipient', 'recipient', 'The person who receives the document'),
	]),
	invoiceLinesField(
		['quantity', 'unit', 'unitNetPrice', 'unitGrossPrice', 'discountPercent', 'discountAmount', 'description'],
		[
			text('External Group ID', 'externalGroupId', 'The group of the product in your own system'),
			text('External ID', 'externalId', 'Your own code of the product'),
			{ ...text('Price for Quantity', 'priceForQuantity', 'How many units the unit price is for; 1 when empty'), placeholder: 'e.g. 1' },
		],
	),
	vatPercentField(['20', '0'], 'Whether the document charges VAT: the XML API takes no rate of its own, only the reason when there is none'),
	{ ...text('Without-VAT Reason', 'withoutVatReason', 'The legal ground for charging no VAT, printed on the document'), required: true, displayOptions: { show: { vatPercent: ['0'] } } },
	currencyField,
	paymentMethodField,
	{ ...text('Other Payment Method', 'paymentMethodOther', 'How the buyer pays, in your words'), displayOptions: { show: { paymentMethod: ['other'] } } },
	fieldsCollection('additionalFields', [
		...commonInvoiceOptions,
		{ ...text('Send to Email', 'sendToEmail', 'inv.bg mails the document to this address once it is issued'), placeholder: 'name@email.com' },
	]),
	{
		displayName: 'Extra Fields',
		name: 'extraFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Extra Field',
		default: {},
		description: 'Printed on the document as extra fields; one named email also saves a contact for the client',
		options: [{ displayName: 'Field', name: 'field', values: [text('Name', 'name'), text('Value', 'value')] }],
	},
	{ displayName: 'Return PDF', name: 'returnPdf', type: 'boolean', default: false, description: 'Whether to have inv.bg return the document\'s PDF, put in a binary property' },
	{ ...binaryPropertyField({ returnPdf: [true] }, 'Name of the binary property to put the PDF in') },
	simplifyField({}),
];

function readBuyerExtras(details: IDataObject): Omit<V1BuyerInput, 'name'> {
	const extras: Omit<V1BuyerInput, 'name'> = {};
	for (const key of ['recipient', 'bankName', 'bankIban', 'bankBic', 'externalId'] as const) {
		const value = optionalText(details[key]);
		if (value !== undefined) extras[key] = value;
	}
	return extras;
}

/** The XML API's own parts of each line: its discount, the quantity its price is for, and your codes. */
function readLineExtras(ctx: IExecuteFunctions, itemIndex: number): Array<Omit<V1LineInput, 'name' | 'quantity' | 'unitPrice' | 'unit'>> {
	const rows = (ctx.getNodeParameter('lineItems', itemIndex, {}) as { item?: IDataObject[] }).item ?? [];
	return rows.map((row, index) => {
		const where = `Line item ${index + 1}`;
		const percent = optionalText(row.discountPercent);
		const amount = optionalText(row.discountAmount);
		if (percent !== undefined && amount !== undefined) {
			throw inputError(ctx.getNode(), `${where}: give a Discount (%) or a Discount Amount, not both`, itemIndex);
		}
		const priceForQuantity = optionalText(row.priceForQuantity);
		const { numbers } = LINE_LIMITS;
		return {
			discount:
				percent !== undefined
					? { kind: 'percent', value: parseDecimal(percent, `${where}: Discount (%)`, numbers.discountPercent) }
					: amount !== undefined
						? { kind: 'amount', value: parseDecimal(amount, `${where}: Discount Amount`, numbers.discountAmount) }
						: undefined,
			priceForQuantity: priceForQuantity === undefined ? undefined : parseDecimal(priceForQuantity, `${where}: Price for Quantity`, numbers.quantity),
			notes: optionalText(row.description),
			externalId: optionalText(row.externalId),
			externalGroupId: optionalText(row.externalGroupId),
		};
	});
}

function readExtraFields(ctx: IExecuteFunctions, itemIndex: number): Record<string, string> {
	const rows = (ctx.getNodeParameter('extraFields', itemIndex, {}) as { field?: IDataObject[] }).field ?? [];
	const fields: Record<string, string> = {};
	for (const [index, row] of rows.entries()) {
		const name = optionalText(row.name);
		if (name === undefined) throw inputError(ctx.getNode(), `Extra field ${index + 1}: Name is required`, itemIndex);
		if (!/^[A-Za-z_][A-Za-z0-9_.-]*$/.test(name)) {
			throw inputError(ctx.getNode(), `Extra field ${index + 1}: "${name}" cannot be a field name`, itemIndex, 'Use Latin letters, digits and underscores, starting with a letter, e.g. contract_no.');
		}
		fields[name] = optionalText(row.value) ?? '';
	}
	return fields;
}

/**
 * The only thing the XML API does: issue one document. The login travels inside the document; the transport
 * keeps it out of every error.
 */
export const createDocument: OperationModule = {
	option: { ...standardOperation('create', 'Document', 'Documents'), description: 'Issue a tax invoice, pro forma, debit note or credit note through the XML API' },
	kind: 'write',
	properties,
	async execute(ctx, itemIndex) {
		const options = readCollection(ctx, 'additionalFields', itemIndex);
		const input = readInvoiceInput(ctx, itemIndex, options);
		const written = readBuyer(ctx, itemIndex);
		const buyer: V1BuyerInput = { ...written.buyer, ...readBuyerExtras(written.details) };
		if (input.paymentMethod === 'transfer') {
			for (const [key, label] of [['bankName', 'Bank Name'], ['bankIban', 'Bank IBAN'], ['bankBic', 'Bank BIC']] as const) {
				if (buyer[key] === undefined) {
					throw inputError(ctx.getNode(), `Buyer Details: ${label} is required with the Bank Transfer payment method`, itemIndex, 'The XML API wants the bank name, IBAN and BIC on a document paid by transfer.');
				}
			}
		}
		const lineExtras = checked(ctx, itemIndex, () => readLineExtras(ctx, itemIndex));
		const returnPdf = ctx.getNodeParameter('returnPdf', itemIndex, false) === true;
		const document: V1DocumentInput = {
			...input,
			buyer,
			items: input.items.map((line, index) => ({ ...line, ...lineExtras[index] })),
			paymentMethodOther: input.paymentMethod === 'other' ? requireText(ctx, 'paymentMethodOther', itemIndex, 'Other Payment Method') : undefined,
			sendToEmail: optionalText(options.sendToEmail),
			returnPdf,
			extraFields: readExtraFields(ctx, itemIndex),
		};
		const credentials = await ctx.getCredentials(CREDENTIAL_TYPE, itemIndex);
		const login = { username: String(credentials.username ?? '').trim(), password: String(credentials.password ?? '') };
		const result = await v1Post(ctx, checked(ctx, itemIndex, () => v1Request(document, login)), itemIndex);
		const created = v1Created(result);
		const json = wantsSimplified(ctx, itemIndex) ? (simplifyV1Created(input.type, created) as unknown as IDataObject) : { ...created, type: V1_DOCUMENT_TYPES[input.type] };
		const pdf = v1Pdf(result);
		if (!returnPdf || pdf === undefined) return json;
		const propertyName = requireText(ctx, 'binaryPropertyName', itemIndex, 'Binary Property');
		return await fileItem(ctx, { data: pdf, fileName: `${V1_DOCUMENT_TYPES[input.type]}-${String(created.number ?? created.id)}.pdf`, mimeType: 'application/pdf', propertyName, json });
	},
};
