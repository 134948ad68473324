/**
 * The account's reference data: bank accounts, VAT rates and VAT exemption reasons
 * (docs/services/infakt.md, Reference data). The shapes of `/vat_rates.json` and `/vat_exemptions.json`
 * entries are INFERRED; their ids are deliberately not the rate, so a client that sends an id where a
 * symbol belongs is caught.
 */

export interface BankAccount {
	id: number;
	account_number: string;
	bank_name: string;
	swift: string;
	currency: string;
	custom_name: string;
	default: boolean;
}

export interface VatRate {
	id: number;
	name: string;
	symbol: string;
	/** A fraction as a decimal string, `"0.23"`; `"0.0"` for the symbols that carry no tax. */
	rate: string;
}

export interface VatExemption {
	id: number;
	name: string;
	description: string;
}

export function defaultBankAccounts(): BankAccount[] {
	return [
		{
			id: 71,
			account_number: 'PL61109010140000071219812874',
			bank_name: 'Santander Bank Polska',
			swift: 'WBKPPLPP',
			currency: 'PLN',
			custom_name: 'Konto główne',
			default: true,
		},
		{
			id: 72,
			account_number: 'PL27114020040000300201355387',
			bank_name: 'mBank',
			swift: 'BREXPLPW',
			currency: 'EUR',
			custom_name: 'Konto walutowe EUR',
			default: false,
		},
	];
}

export function defaultVatRates(): VatRate[] {
	return [
		{ id: 11, name: '23%', symbol: '23', rate: '0.23' },
		{ id: 12, name: '8%', symbol: '8', rate: '0.08' },
		{ id: 13, name: '5%', symbol: '5', rate: '0.05' },
		{ id: 14, name: '0%', symbol: '0', rate: '0.0' },
		{ id: 15, name: 'zw', symbol: 'zw', rate: '0.0' },
		{ id: 16, name: 'np', symbol: 'np', rate: '0.0' },
	];
}

export function defaultVatExemptions(): VatExemption[] {
	return [
		{
			id: 1,
			name: 'Art. 113 ust. 1 ustawy o VAT',
			description: 'Zwolnienie podmiotowe ze względu na wartość sprzedaży nieprzekraczającą limitu.',
		},
		{
			id: 2,
			name: 'Art. 43 ust. 1 ustawy o VAT',
			description: 'Zwolnienie przedmiotowe ze względu na rodzaj świadczonych usług.',
		},
		{
			id: 3,
			name: 'Art. 82 ust. 3 ustawy o VAT',
			description: 'Zwolnienie na podstawie rozporządzenia Ministra Finansów.',
		},
	];
}

/** Tax rate in whole percent for a line's `tax_symbol`; undefined for a symbol the service does not know. */
export const TAX_PERCENT: Readonly<Record<string, number>> = { '23': 23, '8': 8, '5': 5, '0': 0, zw: 0, np: 0, oo: 0 };
