import type { IExecuteFunctions } from 'n8n-workflow';

import type { DecimalRule, VatRate } from '../../core/canonical';
import { optionalDecimal, optionalVatRate } from '../../core/params';
import { VAT_RATES } from '../mapping/codes';
import { MONEY } from '../mapping/limits';

/** An optional number of the user's, as a decimal string BitFaktura keeps as given; blank → undefined. */
export function readDecimal(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string, rule: DecimalRule = MONEY): string | undefined {
	return optionalDecimal(ctx, itemIndex, value, label, rule);
}

/** An optional VAT rate, one of those BitFaktura's accounts charge; blank → undefined. */
export function readVatRate(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): VatRate | undefined {
	return optionalVatRate(ctx, itemIndex, value, label, VAT_RATES);
}
