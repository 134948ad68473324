import type { OperationModule } from '../../../core/router';
import { ACCOUNTING_MONTH_PATH, accountingMonthOf, MONTH_DIRECTION_OPTIONS, monthChangeBody, NEXT_MONTH } from '../../mapping/account';
import { ifirmaRequest } from '../../transport';

/** Moves the open accounting month by one, as iFirma allows; documents must fall in the open month. */
export const changeAccountingMonth: OperationModule = {
	option: { value: 'changeAccountingMonth', name: 'Change Accounting Month', action: 'Move the open accounting month by one month' },
	properties: [
		{
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			options: MONTH_DIRECTION_OPTIONS,
			default: NEXT_MONTH,
			description: 'One step per call, as iFirma moves the month',
		},
		{
			displayName: 'Carry Over Data From Previous Year',
			name: 'carryOverData',
			type: 'boolean',
			default: true,
			description: 'Whether to carry the previous year’s data over when the move starts a new year',
		},
	],
	kind: 'write',
	async execute(ctx, itemIndex) {
		const body = monthChangeBody(ctx.getNodeParameter('direction', itemIndex) as string, ctx.getNodeParameter('carryOverData', itemIndex) as boolean);
		const answer = await ifirmaRequest(ctx, 'PUT', ACCOUNTING_MONTH_PATH, { body, itemIndex });
		return { ...accountingMonthOf(answer.payload), message: answer.message };
	},
};
