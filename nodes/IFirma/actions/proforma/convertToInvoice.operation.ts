import { simplifyField } from '../../../core/fields/common';
import type { OperationModule } from '../../../core/router';
import { proformaLocator, readDocumentRef } from '../../locators';
import { conversionPath } from '../../mapping/actions';
import { DOMESTIC_INVOICE } from '../../mapping/documentTypes';
import { ifirmaRequest } from '../../transport';
import { issuedOutput } from '../document/output';
import { PRO_FORMA } from './fields';

export const convertToInvoice: OperationModule = {
	option: { value: 'convertToInvoice', name: 'Convert to Invoice', action: 'Issue the invoice of a pro forma' },
	properties: [proformaLocator(), simplifyField({})],
	kind: 'write',
	async execute(ctx, itemIndex) {
		const ref = readDocumentRef(ctx, itemIndex, PRO_FORMA);
		const answer = await ifirmaRequest(ctx, 'GET', conversionPath(ref), { itemIndex });
		return await issuedOutput(ctx, itemIndex, DOMESTIC_INVOICE, answer.payload);
	},
};
