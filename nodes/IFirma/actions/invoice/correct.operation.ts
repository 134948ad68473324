import type { INodeProperties } from 'n8n-workflow';

import { fieldsCollection, simplifyField } from '../../../core/fields/common';
import { readDate, todayIn } from '../../../core/fields/dates';
import { lineItemsField, readLineItems } from '../../../core/fields/lineItems';
import type { OperationModule } from '../../../core/router';
import { checked, checkLengths, optionalText, readCollection } from '../../../core/params';
import { invoiceLocator, readDocumentRef } from '../../locators';
import { CORRECTED_TYPE, CORRECTION_REASON_OPTIONS, correctionBody, correctionPath, MISTAKE_ON_INVOICE } from '../../mapping/actions';
import { DOCUMENT_TEXT_LENGTHS, pricingOf } from '../../mapping/document';
import { LINE_LIMITS, lineOf } from '../../mapping/lines';
import { ifirmaRequest } from '../../transport';
import { issuedOutput, readDocument } from '../document/output';
import { INVOICE } from './fields';

const CORRECTION_OPTIONS: INodeProperties[] = [
	{ displayName: 'Issue Date', name: 'issueDate', type: 'string', default: '', placeholder: 'e.g. 2026-11-21', description: 'As YYYY-MM-DD; today when empty' },
	{ displayName: 'Notes', name: 'notes', type: 'string', typeOptions: { rows: 3 }, default: '' },
];

/** A correction of a domestic invoice: its reason, and every line as it reads after the correction. */
export const correct: OperationModule = {
	option: { value: 'correct', name: 'Correct', action: 'Issue a correction of a domestic invoice' },
	properties: [
		invoiceLocator('The domestic invoice to correct, picked from the list, by its ID or by its full number'),
		{ displayName: 'Reason', name: 'reason', type: 'options', options: CORRECTION_REASON_OPTIONS, default: MISTAKE_ON_INVOICE },
		{
			...lineItemsField({}, ['quantity', 'unit', 'unitNetPrice', 'unitGrossPrice', 'vatRate', 'discountPercent', 'classification']),
			displayName: 'Lines After Correction',
			required: true,
			description: 'Every line of the invoice as it should read after the correction, priced net or gross as the invoice is',
		},
		fieldsCollection('additionalFields', CORRECTION_OPTIONS),
		simplifyField({}),
	],
	kind: 'write',
	async execute(ctx, itemIndex) {
		const ref = readDocumentRef(ctx, itemIndex, INVOICE);
		const items = readLineItems(ctx, itemIndex, { required: true, limits: LINE_LIMITS });
		const options = readCollection(ctx, 'additionalFields', itemIndex);
		checkLengths(ctx, itemIndex, options, DOCUMENT_TEXT_LENGTHS, CORRECTION_OPTIONS);
		// The corrected lines are priced as the invoice counts; a net price read as gross would put a wrong
		// amount on a tax document without any error, so the invoice is read first.
		const pricing = pricingOf(await readDocument(ctx, itemIndex, CORRECTED_TYPE, ref));
		const body = correctionBody({
			reason: ctx.getNodeParameter('reason', itemIndex) as string,
			issueDate: readDate(ctx, options.issueDate, 'Issue Date', itemIndex) ?? todayIn(ctx),
			lines: items.map((item, index) => checked(ctx, itemIndex, () => lineOf(item, index + 1, pricing, CORRECTED_TYPE))),
			notes: optionalText(options.notes),
		});
		const answer = await ifirmaRequest(ctx, 'POST', correctionPath(ref), { body, itemIndex });
		return await issuedOutput(ctx, itemIndex, CORRECTED_TYPE, answer.payload);
	},
};
