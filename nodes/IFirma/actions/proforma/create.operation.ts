import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { standardOperation } from '../../../core/fields/operations';
import { createOnce } from '../../../core/idempotency';
import type { OperationModule } from '../../../core/router';
import { issuedAnswerOf, issuePath } from '../../mapping/document';
import { PROFORMA } from '../../mapping/documentTypes';
import { orderPath, proformaRefsOfOrder } from '../../mapping/lists';
import { ifirmaRequest } from '../../transport';
import { readDocumentBody } from '../document/draft';
import { issuedOutput } from '../document/output';
import { ISSUE_FIELDS, readProformaTerms } from './fields';

/** The pro forma already issued for the order, as an issue's answer would name it. */
async function proformaForOrder(ctx: IExecuteFunctions, itemIndex: number, orderNumber: string): Promise<IDataObject | undefined> {
	const [ref] = proformaRefsOfOrder((await ifirmaRequest(ctx, 'GET', orderPath(orderNumber), { itemIndex })).payload);
	return ref === undefined ? undefined : issuedAnswerOf(ref);
}

/**
 * A pro forma carries its shop's order number, by which iFirma finds it: one already issued for the
 * order is returned (marked) instead of a second, so re-running a workflow issues nothing twice.
 */
export const create: OperationModule = {
	option: standardOperation('create', 'Pro Forma', 'Pro Formas'),
	properties: ISSUE_FIELDS,
	kind: 'write',
	async execute(ctx, itemIndex) {
		const terms = readProformaTerms(ctx, itemIndex);
		const body = readDocumentBody(ctx, itemIndex, PROFORMA, terms);
		const { record, alreadyExisted } = await createOnce({
			key: `order number "${terms.orderNumber}"`,
			findExisting: async () => await proformaForOrder(ctx, itemIndex, terms.orderNumber),
			create: async () => (await ifirmaRequest(ctx, 'POST', issuePath(PROFORMA), { body, itemIndex })).payload,
		});
		const output = await issuedOutput(ctx, itemIndex, PROFORMA, record);
		return alreadyExisted ? { ...output, alreadyExisted } : output;
	},
};
