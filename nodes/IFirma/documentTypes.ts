import type { INodePropertyOptions } from 'n8n-workflow';

import type { DocumentKind } from '../core/canonical';

/**
 * The documents ifirma issues, each at its own endpoint (`fakturakraj.json`, …). `code` is the type as
 * lists report it (`Rodzaj`) and as payments address it; only the documented codes are listed.
 */
export interface DocumentType {
	endpoint: string;
	name: string;
	kind: DocumentKind;
	code?: string;
	/** Sold in a foreign currency: the invoice needs its currency. */
	foreignCurrency?: boolean;
	/** Not a VAT document: lines carry no VAT rate. */
	withoutVat?: boolean;
}

export const PROFORMA = 'fakturaproformakraj';
export const DOMESTIC_INVOICE = 'fakturakraj';
export const MAIL_ORDER_INVOICE = 'fakturawysylka';
export const FOREIGN_CURRENCY_INVOICE = 'fakturawaluta';
export const BILL = 'rachunekkraj';
/** The types with a language setting for the printout (`Jezyk`). */
export const FOREIGN_LANGUAGE_TYPES = ['fakturawdt', 'fakturaeksporttowarow', 'fakturaeksportuslug', 'fakturaeksportuslugue'];
export const SERVICE_EXPORT = 'fakturaeksportuslug';

export const DOCUMENT_TYPES: DocumentType[] = [
	{ endpoint: DOMESTIC_INVOICE, name: 'Domestic VAT Invoice', kind: 'vat', code: 'prz_faktura_kraj' },
	{ endpoint: PROFORMA, name: 'Pro Forma', kind: 'proforma' },
	{ endpoint: MAIL_ORDER_INVOICE, name: 'Mail-Order Invoice', kind: 'vat', code: 'prz_faktura_wysylka' },
	{ endpoint: FOREIGN_CURRENCY_INVOICE, name: 'Foreign Currency Invoice', kind: 'vat', foreignCurrency: true },
	{ endpoint: 'fakturawdt', name: 'Intra-EU Supply of Goods (WDT)', kind: 'vat', code: 'prz_dostawa_ue_towarow', foreignCurrency: true },
	{ endpoint: 'fakturaeksportuslug', name: 'Export of Services', kind: 'vat', code: 'prz_eksport_dost_uslug_nie_ue', foreignCurrency: true },
	{ endpoint: 'fakturaeksportuslugue', name: 'EU Services (Art. 28b)', kind: 'vat', code: 'prz_eksport_dost_uslug_ue', foreignCurrency: true },
	{ endpoint: 'fakturaeksporttowarow', name: 'Export of Goods', kind: 'vat', code: 'prz_eksport_towarow', foreignCurrency: true },
	{ endpoint: 'fakturazaliczka', name: 'Advance Invoice', kind: 'advance' },
	{ endpoint: 'fakturakoncowa', name: 'Final Invoice', kind: 'final', code: 'prz_faktura_kon' },
	{ endpoint: BILL, name: 'Bill (No VAT)', kind: 'bill', code: 'prz_rachunek_kraj', withoutVat: true },
];

const BY_ENDPOINT = new Map(DOCUMENT_TYPES.map((type) => [type.endpoint, type]));
const BY_CODE = new Map(DOCUMENT_TYPES.filter((type) => type.code).map((type) => [type.code, type]));

export function documentType(endpoint: string): DocumentType {
	const type = BY_ENDPOINT.get(endpoint);
	if (type === undefined) throw new Error(`Unknown iFirma document type "${endpoint}"`);
	return type;
}

export function documentTypeOfCode(code: unknown): DocumentType | undefined {
	return typeof code === 'string' ? BY_CODE.get(code) : undefined;
}

export const DOCUMENT_TYPE_OPTIONS: INodePropertyOptions[] = DOCUMENT_TYPES.map(({ endpoint, name }) => ({ name, value: endpoint }));

/** Documents ifirma sends by e-mail (its send endpoint exists for these). */
const SENDABLE = new Set([
	DOMESTIC_INVOICE,
	MAIL_ORDER_INVOICE,
	PROFORMA,
	'fakturaeksporttowarow',
	'fakturawdt',
	'fakturaeksportuslugue',
	'fakturaeksportuslug',
	FOREIGN_CURRENCY_INVOICE,
	BILL,
]);
export const SENDABLE_TYPE_OPTIONS = DOCUMENT_TYPE_OPTIONS.filter((option) => SENDABLE.has(String(option.value)));

/**
 * The type codes ifirma documents for lists and payments (api.ifirma.pl, "Rejestrowanie wpłat"), with
 * the words an accountant would look for.
 */
export const TYPE_CODE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Domestic VAT Invoice', value: 'prz_faktura_kraj' },
	{ name: 'Mail-Order Invoice', value: 'prz_faktura_wysylka' },
	{ name: 'Invoice to Receipt', value: 'prz_faktura_paragon' },
	{ name: 'Domestic Dispatch Invoice', value: 'prz_faktura_wys_ter_kraj' },
	{ name: 'Special Tax Point Invoice', value: 'prz_faktura_szczeg_obow' },
	{ name: 'Cash-Method VAT Invoice', value: 'prz_faktura_met_kasowa' },
	{ name: 'Reverse Charge Invoice', value: 'prz_faktura_odwr_obciaz' },
	{ name: 'Reverse Charge Construction Invoice', value: 'prz_faktura_odwr_obciaz_budowa' },
	{ name: 'Construction Invoice', value: 'prz_faktura_budowa' },
	{ name: 'Intra-EU Supply of Goods (WDT)', value: 'prz_dostawa_ue_towarow' },
	{ name: 'Export of Goods', value: 'prz_eksport_towarow' },
	{ name: 'EU Services (Art. 28b)', value: 'prz_eksport_dost_uslug_ue' },
	{ name: 'Export of Services', value: 'prz_eksport_dost_uslug_nie_ue' },
	{ name: 'Final Invoice', value: 'prz_faktura_kon' },
	{ name: 'Equipment Invoice', value: 'prz_faktura_wyposaz' },
	{ name: 'Fixed Asset Invoice', value: 'prz_faktura_sr_trwaly' },
	{ name: 'Domestic Bill', value: 'prz_rachunek_kraj' },
	{ name: 'Foreign Bill', value: 'prz_rachunek_zagr' },
	{ name: 'Fixed Asset Bill', value: 'prz_rachunek_sr_trwaly' },
	{ name: 'Equipment Bill', value: 'prz_rachunek_wyposaz' },
	{ name: 'OSS Services Invoice', value: 'prz_faktura_oss_usl' },
	{ name: 'OSS Distance Sale Invoice', value: 'prz_faktura_oss_usl_ds' },
	{ name: 'IOSS Invoice', value: 'prz_faktura_ioss' },
	{ name: 'IOSS Distance Sale Invoice', value: 'prz_faktura_ioss_ds' },
];
