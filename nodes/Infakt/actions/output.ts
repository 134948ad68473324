import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** The record as the user asked: the compact shape (Simplify, on by default) or inFakt's full record. */
export function simplified(ctx: IExecuteFunctions, itemIndex: number, record: IDataObject, simplify: (record: IDataObject) => object): IDataObject {
	return ctx.getNodeParameter('simplify', itemIndex, true) === true ? (simplify(record) as IDataObject) : record;
}

/** What every Delete answers, with the ID it deleted. */
export function deleted(id: string): IDataObject {
	return { deleted: true, id };
}

/** Collections list their fields alphabetically, as n8n's own nodes do, wherever they were declared. */
export function alphabetical<T extends { displayName: string }>(fields: T[]): T[] {
	return [...fields].sort((a, b) => a.displayName.localeCompare(b.displayName));
}
