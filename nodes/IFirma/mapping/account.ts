import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/*
 * The account's API limit and its open accounting month, both signed with the `abonent` key
 * (docs/services/ifirma.md, "Actions").
 */

export const API_LIMIT_PATH = 'abonent/limit.json';
export const ACCOUNTING_MONTH_PATH = 'abonent/miesiacksiegowy.json';

export function apiLimitOf(payload: IDataObject): IDataObject {
	return { used: payload.LimitWykorzystany ?? null, granted: payload.LimitPrzyznany ?? null };
}

export function accountingMonthOf(payload: IDataObject): IDataObject {
	return { month: payload.MiesiacKsiegowy ?? null, year: payload.RokKsiegowy ?? null };
}

/** iFirma moves the month one step per request. */
export const NEXT_MONTH = 'NAST';

export const MONTH_DIRECTION_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Next Month', value: NEXT_MONTH },
	{ name: 'Previous Month', value: 'POPRZ' },
];

export function monthChangeBody(direction: string, carryOverData: boolean): IDataObject {
	return { MiesiacKsiegowy: direction, PrzeniesDaneZPoprzedniegoRoku: carryOverData };
}
