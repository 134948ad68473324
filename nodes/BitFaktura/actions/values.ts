import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { DecimalRule, VatRate } from '../../core/canonical';
import { normalizeVatRate, parseDecimal } from '../../core/canonical';
import { checked, optionalText } from '../../core/params';
import { VAT_RATES } from '../mapping/codes';
import { MONEY } from '../mapping/limits';

/** An optional number of the user's, as a decimal string BitFaktura keeps as given; blank → undefined. */
export function readDecimal(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string, rule: DecimalRule = MONEY): string | undefined {
	const text = optionalText(value);
	return text === undefined ? undefined : checked(ctx, itemIndex, () => parseDecimal(text, label, rule));
}

/** An optional VAT rate, one of those BitFaktura's accounts charge; blank → undefined. */
export function readVatRate(ctx: IExecuteFunctions, itemIndex: number, value: unknown, label: string): VatRate | undefined {
	const text = optionalText(value);
	return text === undefined ? undefined : checked(ctx, itemIndex, () => normalizeVatRate(text, label, VAT_RATES));
}

/** Collections list their fields alphabetically, as n8n's own nodes do, wherever they were declared. */
export function alphabetical(fields: INodeProperties[]): INodeProperties[] {
	return [...fields].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
