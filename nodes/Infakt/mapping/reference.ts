import type { IDataObject, INodeListSearchItems, INodePropertyOptions } from 'n8n-workflow';

import { normalizeVatRate, simpleText } from '../../core/canonical';
import { VAT_RATES } from './codes';

/**
 * A VAT rate of `/vat_rates.json` as a dropdown entry whose value is the canonical code (`23`, `zw`), the
 * same an expression would give; rates the node cannot send (`oo`) are left out (shape INFERRED).
 */
export function vatRateOption(rate: IDataObject): INodePropertyOptions | undefined {
	const symbol = simpleText(rate.symbol);
	if (symbol === null) return undefined;
	let code: string;
	try {
		code = normalizeVatRate(symbol, 'VAT Rate', VAT_RATES);
	} catch {
		return undefined;
	}
	return { name: simpleText(rate.name) ?? symbol, value: code };
}

/** A reason of `/vat_exemptions.json` (shape INFERRED): its ID is what an invoice carries. */
export function vatExemptionOption(reason: IDataObject): INodePropertyOptions {
	const name = simpleText(reason.name) ?? String(reason.id);
	const description = simpleText(reason.description);
	return { name, value: String(reason.id), ...(description !== null && { description }) };
}

/** `PKO BP · PL61 1090 … (PLN)`, how a bank account reads in the editor's list. */
export function bankAccountItem(account: IDataObject): INodeListSearchItems {
	const label = [simpleText(account.custom_name) ?? simpleText(account.bank_name), simpleText(account.account_number)]
		.filter((part) => part !== null)
		.join(' · ');
	const currency = simpleText(account.currency);
	return { name: currency === null ? label : `${label} (${currency})`, value: String(account.id) };
}
