import { todayIn, readDate } from '../../../core/fields/dates';
import type { OperationModule } from '../../../core/router';
import { nextNumberOf, nextNumberQuery } from '../../mapping/invoice';
import { infaktRequest } from '../../transport';
import { kindField } from './fields';

export const getNextNumber: OperationModule = {
	option: {
		value: 'getNextNumber',
		name: 'Get Next Number',
		action: 'Get the next invoice number',
		description: 'The number the next invoice of a kind, issued on a date, will get',
	},
	kind: 'read',
	properties: [
		kindField,
		{ displayName: 'Date', name: 'date', type: 'string', default: '', placeholder: 'e.g. 2026-01-15', description: 'The issue date; numbering runs per month. Today when empty. As YYYY-MM-DD.' },
	],
	async execute(ctx, itemIndex) {
		const kind = ctx.getNodeParameter('kind', itemIndex) as string;
		const date = readDate(ctx, ctx.getNodeParameter('date', itemIndex, ''), 'Date', itemIndex) ?? todayIn(ctx);
		return nextNumberOf(await infaktRequest(ctx, 'GET', '/invoices/next_number.json', { qs: nextNumberQuery(kind, date), itemIndex }));
	},
};
