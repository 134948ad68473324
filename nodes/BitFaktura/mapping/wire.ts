import type { IDataObject } from 'n8n-workflow';

/** Only values the user set reach the wire; BitFaktura fills in the rest from the account. */
export function compact(record: IDataObject): IDataObject {
	return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

/** Writes carry the record under a key named after its type (`{"client": {…}}`). */
const WRAPPERS = {
	category: 'category',
	client: 'client',
	department: 'department',
	invoice: 'invoice',
	payment: 'banking_payment',
	product: 'product',
	warehouse: 'warehouse',
	warehouseDocument: 'warehouse_document',
} as const;

type RecordType = keyof typeof WRAPPERS;

export function wrapped(type: RecordType, record: IDataObject): IDataObject {
	return { [WRAPPERS[type]]: record };
}

/** Every record's ID, as text: a locator holds it so. */
export function idOf(record: IDataObject): string {
	return String(record.id);
}

/** A whole-number ID as the service writes it in bodies. */
export function numericId(id: string | undefined): number | undefined {
	return id === undefined ? undefined : Number(id);
}
