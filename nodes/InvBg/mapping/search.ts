import type { IDataObject, INodeListSearchItems } from 'n8n-workflow';

import { simpleText } from '../../core/canonical';

/** An entry of a From List dropdown: the record's telling fields, joined. */
function entry(record: IDataObject, ...parts: unknown[]): INodeListSearchItems {
	return {
		name: parts.map(simpleText).filter((part) => part !== null).join(' · ') || String(record.id),
		value: String(record.id),
	};
}

export const invoiceEntry = (record: IDataObject) => entry(record, record.number, record.to_name, record.date_create);
export const clientEntry = (record: IDataObject) => entry(record, record.name, record.bulstat);
export const itemEntry = (record: IDataObject) => entry(record, record.name, record.catalog_number);
export const bankAccountEntry = (record: IDataObject) => entry(record, record.bank_name, record.bank_iban, record.currency);

/** A bank account is soft-deleted: it stays in the list with `deleted: 1`. */
export const isLiveBankAccount = (record: IDataObject): boolean => Number(record.deleted) !== 1;

/** The dictionaries' rows (shapes INFERRED): a without-VAT reason stands for its text. */
export function reasonOptions(body: IDataObject): Array<{ name: string; value: string }> {
	const rows = Array.isArray(body.reasons) ? (body.reasons as IDataObject[]) : [];
	return rows.flatMap((row) => {
		const name = simpleText(row.name);
		return name === null ? [] : [{ name, value: name }];
	});
}
