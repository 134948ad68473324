import type { INodePropertyOptions } from 'n8n-workflow';

import type { DocumentKind } from '../../core/canonical';

/**
 * The documents iFirma issues, each at its own endpoint (`fakturakraj.json`, …). `code` is the type as
 * lists report it (`Rodzaj`) and as payments address it; only the documented codes are listed.
 */
export interface DocumentType {
	endpoint: string;
	name: string;
	kind: DocumentKind;
	code?: string;
	/** Sold in a foreign currency: the document needs its currency (`Waluta`). */
	foreignCurrency?: boolean;
	/** Not a VAT document: lines carry no VAT rate. */
	withoutVat?: boolean;
	/** Printed in a second language (`Jezyk`). */
	printLanguage?: boolean;
	/** Lines may carry their name and unit in that second language (`NazwaPelnaObca`, `JednostkaObca`). */
	foreignLineNames?: boolean;
	/** Sent by email at `<type>/send/<x>.json`. */
	sendable?: boolean;
}

export const PROFORMA: DocumentType = {
	endpoint: 'fakturaproformakraj',
	name: 'Pro Forma',
	kind: 'proforma',
	// The pro forma page shows a line with `NazwaPelnaObca` and `JednostkaObca` (docs/services/ifirma.md).
	foreignLineNames: true,
	sendable: true,
};

/** The type most invoices are, chosen wherever a type is unless the user picks another. */
export const DOMESTIC_ENDPOINT = 'fakturakraj';
export const DOMESTIC_CODE = 'prz_faktura_kraj';

export const DOMESTIC_INVOICE: DocumentType = {
	endpoint: DOMESTIC_ENDPOINT,
	name: 'Domestic VAT Invoice',
	kind: 'vat',
	code: DOMESTIC_CODE,
	sendable: true,
};

export const MAIL_ORDER_INVOICE: DocumentType = {
	endpoint: 'fakturawysylka',
	name: 'Mail-Order Invoice',
	kind: 'vat',
	code: 'prz_faktura_wysylka',
	sendable: true,
};

export const FOREIGN_CURRENCY_INVOICE: DocumentType = {
	endpoint: 'fakturawaluta',
	name: 'Foreign Currency Invoice',
	kind: 'vat',
	foreignCurrency: true,
	sendable: true,
};

export const SERVICE_EXPORT: DocumentType = {
	endpoint: 'fakturaeksportuslug',
	name: 'Export of Services',
	kind: 'vat',
	code: 'prz_eksport_dost_uslug_nie_ue',
	foreignCurrency: true,
	printLanguage: true,
	foreignLineNames: true,
	sendable: true,
};

export const BILL: DocumentType = {
	endpoint: 'rachunekkraj',
	name: 'Bill (No VAT)',
	kind: 'bill',
	code: 'prz_rachunek_kraj',
	withoutVat: true,
	sendable: true,
};

/** Every type the Invoice resource issues, in the order of its Document Type list; pro formas have their own resource. */
export const INVOICE_TYPES: DocumentType[] = [
	DOMESTIC_INVOICE,
	MAIL_ORDER_INVOICE,
	FOREIGN_CURRENCY_INVOICE,
	{
		endpoint: 'fakturawdt',
		name: 'Intra-EU Supply of Goods (WDT)',
		kind: 'vat',
		code: 'prz_dostawa_ue_towarow',
		foreignCurrency: true,
		printLanguage: true,
		foreignLineNames: true,
		sendable: true,
	},
	SERVICE_EXPORT,
	{
		endpoint: 'fakturaeksportuslugue',
		name: 'EU Services (Art. 28b)',
		kind: 'vat',
		code: 'prz_eksport_dost_uslug_ue',
		foreignCurrency: true,
		printLanguage: true,
		foreignLineNames: true,
		sendable: true,
	},
	{
		endpoint: 'fakturaeksporttowarow',
		name: 'Export of Goods',
		kind: 'vat',
		code: 'prz_eksport_towarow',
		foreignCurrency: true,
		printLanguage: true,
		foreignLineNames: true,
		sendable: true,
	},
	{ endpoint: 'fakturazaliczka', name: 'Advance Invoice', kind: 'advance' },
	{ endpoint: 'fakturakoncowa', name: 'Final Invoice', kind: 'final', code: 'prz_faktura_kon' },
	BILL,
];

const ALL_TYPES = [...INVOICE_TYPES, PROFORMA];
const BY_ENDPOINT = new Map(ALL_TYPES.map((type) => [type.endpoint, type]));
const BY_CODE = new Map(ALL_TYPES.flatMap((type) => (type.code === undefined ? [] : [[type.code, type] as const])));

/** The invoice type at an endpoint; a pro forma is not one. */
export function invoiceType(endpoint: string): DocumentType | undefined {
	const type = BY_ENDPOINT.get(endpoint);
	return type === PROFORMA ? undefined : type;
}

export function documentTypeOfCode(code: unknown): DocumentType | undefined {
	return typeof code === 'string' ? BY_CODE.get(code) : undefined;
}

/** The endpoints of the types that have a quality, for showing a field only with them. */
export function endpointsWhere(has: (type: DocumentType) => boolean | undefined): string[] {
	return INVOICE_TYPES.filter((type) => has(type) === true).map((type) => type.endpoint);
}

export const INVOICE_TYPE_OPTIONS: INodePropertyOptions[] = INVOICE_TYPES.map(({ endpoint, name }) => ({ name, value: endpoint }));

export const SENDABLE_INVOICE_TYPE_OPTIONS: INodePropertyOptions[] = INVOICE_TYPES.filter((type) => type.sendable).map(({ endpoint, name }) => ({
	name,
	value: endpoint,
}));

/** The type codes iFirma documents for lists and payments, with the words an accountant would look for. */
export const TYPE_CODE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Domestic VAT Invoice', value: DOMESTIC_CODE },
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
