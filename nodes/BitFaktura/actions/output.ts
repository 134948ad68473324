import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** The record as the user asked: the compact shape (Simplify, on by default) or the service's full record. */
export function simplified(ctx: IExecuteFunctions, itemIndex: number, record: IDataObject, simplify: (record: IDataObject) => object): IDataObject {
	return ctx.getNodeParameter('simplify', itemIndex, true) === true ? (simplify(record) as IDataObject) : record;
}

/** What every Delete answers, with the ID it deleted. */
export function deleted(id: string): IDataObject {
	return { deleted: true, id: Number(id) };
}
