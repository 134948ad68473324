import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

/** Whether the item asks for the compact shape; Simplify is on where a node has not shown the switch. */
export function wantsSimplified(ctx: IExecuteFunctions, itemIndex: number): boolean {
	return ctx.getNodeParameter('simplify', itemIndex, true) === true;
}

/** The record as the user asked: the compact shape (Simplify, on by default) or the service's full record. */
export function simplified(ctx: IExecuteFunctions, itemIndex: number, record: IDataObject, simplify: (record: IDataObject) => object): IDataObject {
	return wantsSimplified(ctx, itemIndex) ? (simplify(record) as IDataObject) : record;
}

/** The records as the user asked, each as `simplified` gives one. */
export function simplifiedAll(ctx: IExecuteFunctions, itemIndex: number, records: IDataObject[], simplify: (record: IDataObject) => object): IDataObject[] {
	return wantsSimplified(ctx, itemIndex) ? records.map((record) => simplify(record) as IDataObject) : records;
}

/** What every Delete answers, with the ID it deleted in the form the service's records carry it. */
export function deleted(id: string | number): IDataObject {
	return { deleted: true, id };
}
