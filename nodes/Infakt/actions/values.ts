import type { IExecuteFunctions } from 'n8n-workflow';

import type { DecimalRule } from '../../core/canonical';
import { optionalDecimal, optionalVatRate } from '../../core/params';
import { VAT_RATES } from '../mapping/codes';

/** Grosze: money with at most two decimal places, never negative on a price. */
export const MONEY: DecimalRule = { places: 2, sign: 'nonNegative' };

/** An optional amount of the user's, checked to be one inFakt keeps exactly; blank → undefined. */
export function readMoney(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): string | undefined {
	return optionalDecimal(ctx, itemIndex, value, label, MONEY);
}

export function readVatRate(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): string | undefined {
	return optionalVatRate(ctx, itemIndex, value, label, VAT_RATES);
}
