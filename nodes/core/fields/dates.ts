import type { IExecuteFunctions } from 'n8n-workflow';

import { parseDate } from '../canonical';
import { checked } from '../params';

/** An optional date field as `YYYY-MM-DD`; empty → undefined, anything else unreadable → an error naming it. */
export function readDate(ctx: IExecuteFunctions, value: unknown, label: string, itemIndex: number): string | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	return checked(ctx, itemIndex, () => parseDate(value, label));
}

/** Today in the workflow's time zone, as `YYYY-MM-DD`: the date an accountant in that zone would write. */
export function todayIn(ctx: IExecuteFunctions): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: ctx.getTimezone(), year: 'numeric', month: '2-digit', day: '2-digit' }).format(
		new Date(),
	);
}
