/** The `configPrint` object of pdf and sendmail: the page's fifteen 0/1 flags, each optional. */
import type { Problems } from './envelope';
import { isAbsent, isObject, readFlag, refuseUnknown } from './fields';
import type { Input } from './input';

export const PRINT_FLAGS = [
	'showPrice',
	'visibleSign',
	'visibleQrcode',
	'visiblePayTime',
	'visiblePkwiu',
	'visibleCashWord',
	'visibleDoubleCash',
	'visibleDelivery',
	'visiblePreventiveSeal',
	'visibleCurrency',
	'visibleConversion',
	'visibleBankAccount',
	'visibleVATPayer',
	'visiblePaydate',
	'visiblePayment',
] as const;

const KNOWN = new Set<string>(PRINT_FLAGS);

export function readConfigPrint(problems: Problems, input: Input): Record<string, number> | null {
	const value = input.configPrint;
	if (isAbsent(value)) return null;
	if (!isObject(value)) {
		problems.add('configPrint', 'must be an object');
		return null;
	}
	const inner = problems.within('configPrint');
	refuseUnknown(inner, value, KNOWN);
	const flags: Record<string, number> = {};
	for (const flag of PRINT_FLAGS) {
		// INFERRED: a flag left out is shown, as the page's samples set every one to 1.
		flags[flag] = readFlag(inner, value, flag, 1);
	}
	return flags;
}

/** `kind` of pdf and sendmail: 1 one copy, 2 two copies (original and copy), 3 duplicate. */
export const PRINT_KINDS = [1, 2, 3] as const;
export const TEMPLATES = ['std', 'pro'] as const;
