import type { INodeProperties } from 'n8n-workflow';

import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { standardOperation } from '../../../core/fields/operations';
import type { OperationModule } from '../../../core/router';
import { ifirmaRequest } from '../../transport';
import { DOMESTIC_SALE, issuePath, LEDGER_ENTRY_OPTIONS, NO_LEDGER_ENTRY, SALE_TYPE_OPTIONS } from '../../mapping/document';
import { BILL, endpointsWhere, FOREIGN_CURRENCY_INVOICE, MAIL_ORDER_INVOICE } from '../../mapping/documentTypes';
import { readDocumentBody } from '../document/draft';
import { buyerFields, documentLinesField, FOREIGN_LINE_FIELDS, INVOICE_DETAILS, PAYMENT_METHOD_FIELD, PRICE_MODE_FIELD } from '../document/fields';
import { issuedOutput } from '../document/output';
import { documentTypeField, readInvoiceType } from './fields';

/** A field shown only with the document types it belongs to. */
function forTypes(endpoints: string[], field: INodeProperties): INodeProperties {
	return { ...field, displayOptions: { show: { documentType: endpoints } } };
}

const withForeignNames = endpointsWhere((type) => type.foreignLineNames);
const withoutForeignNames = endpointsWhere((type) => !type.foreignLineNames);

export const create: OperationModule = {
	option: standardOperation('create', 'Invoice', 'Invoices'),
	properties: [
		documentTypeField(),
		...buyerFields(),
		PRICE_MODE_FIELD,
		PAYMENT_METHOD_FIELD,
		forTypes([MAIL_ORDER_INVOICE.endpoint], {
			displayName: 'Payment Received Date',
			name: 'paymentReceivedDate',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 2026-11-20',
			description: 'When the payment was received, as YYYY-MM-DD',
		}),
		forTypes(endpointsWhere((type) => type.foreignCurrency), {
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			required: true,
			default: 'EUR',
			description: 'Three-letter currency code',
		}),
		forTypes([FOREIGN_CURRENCY_INVOICE.endpoint], { displayName: 'Sale Type', name: 'saleType', type: 'options', options: SALE_TYPE_OPTIONS, default: DOMESTIC_SALE }),
		forTypes([BILL.endpoint], {
			displayName: 'Revenue Ledger Entry',
			name: 'ledgerEntry',
			type: 'options',
			options: LEDGER_ENTRY_OPTIONS,
			default: NO_LEDGER_ENTRY,
			description: 'How the bill is entered in the revenue and expense ledger (KPiR)',
		}),
		forTypes(withoutForeignNames, documentLinesField()),
		forTypes(withForeignNames, documentLinesField(FOREIGN_LINE_FIELDS)),
		fieldsCollection('additionalFields', INVOICE_DETAILS),
		simplifyField({}),
	],
	kind: 'write',
	async execute(ctx, itemIndex) {
		const type = readInvoiceType(ctx, itemIndex);
		const body = readDocumentBody(ctx, itemIndex, type);
		const answer = await ifirmaRequest(ctx, 'POST', issuePath(type), { body, itemIndex });
		return await issuedOutput(ctx, itemIndex, type, answer.payload);
	},
};
