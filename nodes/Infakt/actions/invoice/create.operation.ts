import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { alphabetical, fieldsCollection, simplifyField } from '../../../core/fields/common';
import { buyerChoiceField, partyFields, readParty } from '../../../core/fields/party';
import { standardOperation } from '../../../core/fields/operations';
import { createOnce } from '../../../core/idempotency';
import { checked, optionalText, readCollection, requireText } from '../../../core/params';
import type { OperationModule } from '../../../core/router';
import { clientLocator, readClientId } from '../../locators';
import { clientBuyerOf, invoiceBody, invoiceFieldsOf, inlineBuyerOf, invoiceIdOf, isNumbered } from '../../mapping/invoice';
import { numberQuery } from '../../mapping/list';
import { infaktPage, infaktResponse } from '../../transport';
import {
	fetchInvoice,
	invoiceDetailFields,
	kindField,
	lineItems,
	outputInvoice,
	readInvoiceFields,
	readServices,
	requireExemptionReason,
	waitField,
} from './fields';
import { followTask, stillPending, submittedTask, taskFailure } from './task';
import { readBack } from '../../../core/readBack';

const buyerDetails: INodeProperties = {
	displayName: 'Buyer Details',
	name: 'buyerDetails',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	displayOptions: { show: { buyerType: ['details'] } },
	options: alphabetical<INodeProperties>([
		...partyFields(['taxId', 'street', 'city', 'postCode', 'country', 'email', 'isPerson']),
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '', description: 'Of a private person' },
		{ displayName: 'Flat Number', name: 'flatNumber', type: 'string', default: '' },
		{ displayName: 'Last Name', name: 'lastName', type: 'string', default: '', description: 'Of a private person' },
		{ displayName: 'Street Number', name: 'streetNumber', type: 'string', default: '' },
	]),
};

const properties: INodeProperties[] = [
	kindField,
	buyerChoiceField('A client of the inFakt account', 'client'),
	{ ...clientLocator, displayOptions: { show: { buyerType: ['client'] } } },
	{
		displayName: 'Buyer Name',
		name: 'buyerName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Firma Testowa Sp. z o.o.',
		description: 'Company name, or the full name of a private person',
		displayOptions: { show: { buyerType: ['details'] } },
	},
	buyerDetails,
	{ ...lineItems(), required: true },
	fieldsCollection('additionalFields', invoiceDetailFields),
	fieldsCollection('options', [
		waitField(
			'Wait for Invoice (Seconds)',
			'How long to wait for inFakt to create the invoice. When it takes longer, the item says so with the task reference number, and nothing is sent again.',
		),
	]),
	simplifyField({}),
];

function buyerOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	if (ctx.getNodeParameter('buyerType', itemIndex) === 'client') return clientBuyerOf(readClientId(ctx, itemIndex));
	const name = requireText(ctx, 'buyerName', itemIndex, 'Buyer Name');
	const values = readCollection(ctx, 'buyerDetails', itemIndex);
	const buyer = {
		...readParty(name, values),
		firstName: optionalText(values.firstName),
		lastName: optionalText(values.lastName),
		streetNumber: optionalText(values.streetNumber),
		flatNumber: optionalText(values.flatNumber),
	};
	return checked(ctx, itemIndex, () => inlineBuyerOf(buyer));
}

/**
 * inFakt creates invoices asynchronously: the submit queues a task, which is followed until the invoice
 * exists. With a Number, the create is keyed on it: a re-run finds the invoice with that number and kind
 * and returns it (`alreadyExisted`) instead of submitting again.
 */
export const createInvoice: OperationModule = {
	option: { ...standardOperation('create', 'Invoice', 'Invoices'), description: 'Issue a VAT invoice or a pro forma, and wait for inFakt to create it' },
	kind: 'write',
	properties,
	async execute(ctx, itemIndex) {
		const kind = ctx.getNodeParameter('kind', itemIndex) as string;
		const buyer = buyerOf(ctx, itemIndex);
		const { services, items } = readServices(ctx, itemIndex, true);
		const { fields, bank } = await readInvoiceFields(ctx, itemIndex, 'additionalFields', readCollection(ctx, 'additionalFields', itemIndex));
		requireExemptionReason(ctx, itemIndex, items, fields.vatExemptionReason);
		const waitSeconds = Number(readCollection(ctx, 'options', itemIndex).waitSeconds ?? 60);
		const invoice = {
			...checked(ctx, itemIndex, () => invoiceFieldsOf({ ...fields, kind, checkDuplicateNumber: fields.number === undefined ? undefined : true })),
			...bank,
			...buyer,
			services,
		};

		let pending: IDataObject | undefined;
		const create = async (): Promise<IDataObject> => {
			const submitted = await infaktResponse(ctx, 'POST', '/async/invoices.json', { body: invoiceBody(invoice), itemIndex });
			const task = await followTask(ctx, itemIndex, submittedTask(ctx, itemIndex, submitted.body), waitSeconds);
			if (task.state === 'failed') throw taskFailure(ctx, itemIndex, task, 'the invoice');
			if (task.state === 'pending' || task.invoiceUuid === null) {
				pending = stillPending(task, waitSeconds, { unfinished: 'created the invoice', still: 'The invoice may still appear', before: 'creating it again' });
				return pending;
			}
			const uuid = task.invoiceUuid;
			return await readBack(ctx, itemIndex, `inFakt created the invoice (UUID ${uuid})`, () => fetchInvoice(ctx, itemIndex, uuid));
		};

		const number = fields.number;
		if (number === undefined) {
			const record = await create();
			return record === pending ? record : outputInvoice(ctx, itemIndex, record);
		}
		const { record, alreadyExisted } = await createOnce({
			key: `number "${number}"`,
			findExisting: async () => {
				const { entities } = await infaktPage(ctx, '/invoices.json', numberQuery(kind, number), 0, 10, itemIndex);
				const found = entities.find((entity) => isNumbered(entity, kind, number));
				return found === undefined ? undefined : await fetchInvoice(ctx, itemIndex, invoiceIdOf(found));
			},
			create,
		});
		if (record === pending) return record;
		const output = outputInvoice(ctx, itemIndex, record);
		return alreadyExisted ? { ...output, alreadyExisted } : output;
	},
};
