import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { simplified } from '../../../core/output';
import { documentPath, issuedIdOf, simplifyDocument } from '../../mapping/document';
import type { DocumentType } from '../../mapping/documentTypes';
import { ifirmaRequest } from '../../transport';

/** A document as the user asked for it: the canonical shape, or iFirma's own fields. */
export function documentOutput(ctx: IExecuteFunctions, itemIndex: number, record: IDataObject, type?: DocumentType): IDataObject {
	return simplified(ctx, itemIndex, record, (full) => simplifyDocument(full, type));
}

export async function readDocument(ctx: IExecuteFunctions, itemIndex: number, type: DocumentType, ref: string): Promise<IDataObject> {
	return (await ifirmaRequest(ctx, 'GET', documentPath(type, ref), { itemIndex })).payload;
}

/**
 * After an issue, the document is read back so the output carries its number and totals. The document
 * exists once iFirma answered, so a failed read-back is reported on the item rather than as a failure
 * that would invite issuing it again.
 */
export async function issuedOutput(ctx: IExecuteFunctions, itemIndex: number, type: DocumentType, answer: IDataObject): Promise<IDataObject> {
	try {
		return documentOutput(ctx, itemIndex, await readDocument(ctx, itemIndex, type, issuedIdOf(answer)), type);
	} catch (error) {
		return { ...answer, readBackError: (error as Error).message };
	}
}
