import type { IExecuteFunctions } from 'n8n-workflow';

import type { DecimalRule } from '../../core/canonical';
import { normalizeVatRate, parseDecimal } from '../../core/canonical';
import { checked, optionalText } from '../../core/params';
import { VAT_RATES } from '../mapping/codes';

/** Grosze: money with at most two decimal places, never negative on a price. */
export const MONEY: DecimalRule = { places: 2, sign: 'nonNegative' };

/** An optional amount of the user's, checked to be one inFakt keeps exactly; blank → undefined. */
export function readMoney(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): string | undefined {
	const text = optionalText(value);
	return text === undefined ? undefined : checked(ctx, itemIndex, () => parseDecimal(text, label, MONEY));
}

export function readVatRate(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): string | undefined {
	const text = optionalText(value);
	return text === undefined ? undefined : checked(ctx, itemIndex, () => normalizeVatRate(text, label, VAT_RATES));
}
