import { inputError } from '../../../core/errors';
import type { OperationModule } from '../../../core/router';
import { linkedInvoiceRef, PROFORMA_WITH_INVOICE_PATH } from '../../mapping/actions';
import { issuedAnswerOf, SALE_PROFORMA } from '../../mapping/document';
import { DOMESTIC_INVOICE, PROFORMA } from '../../mapping/documentTypes';
import { ifirmaRequest } from '../../transport';
import { readDocumentBody } from '../document/draft';
import { issuedOutput } from '../document/output';
import { ISSUE_FIELDS, readProformaTerms } from './fields';

/**
 * Issues the pro forma and its domestic invoice in one call, which iFirma does for a sale only. Both
 * documents are read back.
 */
export const createWithInvoice: OperationModule = {
	option: { value: 'createWithInvoice', name: 'Create With Invoice', action: 'Create a pro forma and its invoice at once' },
	properties: ISSUE_FIELDS,
	kind: 'write',
	async execute(ctx, itemIndex) {
		const terms = readProformaTerms(ctx, itemIndex);
		if (terms.kind !== SALE_PROFORMA) {
			throw inputError(ctx.getNode(), 'Create With Invoice works for pro formas of a sale only', itemIndex, 'Set "Pro Forma For" to Sale.');
		}
		const body = readDocumentBody(ctx, itemIndex, PROFORMA, terms);
		const { payload } = await ifirmaRequest(ctx, 'POST', PROFORMA_WITH_INVOICE_PATH, { body, itemIndex });
		const invoiceRef = linkedInvoiceRef(payload);
		return {
			proforma: await issuedOutput(ctx, itemIndex, PROFORMA, payload),
			invoice: invoiceRef === undefined ? null : await issuedOutput(ctx, itemIndex, DOMESTIC_INVOICE, issuedAnswerOf(invoiceRef)),
		};
	},
};
