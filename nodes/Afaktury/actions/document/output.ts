import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { documentPath } from '../../mapping/modules';
import type { Envelope } from '../../mapping/envelope';
import { afakturyRequest } from '../../transport';
import { outputDocuments } from './fields';

/**
 * The document after an action: the record the answer carried, or, since what actions answer is not
 * documented, the document read again so the item shows what changed.
 */
export async function documentAfter(ctx: IExecuteFunctions, itemIndex: number, module: string, hash: string, envelope: Envelope): Promise<IDataObject[]> {
	const records = envelope.records.length > 0 ? envelope.records : (await afakturyRequest(ctx, 'GET', documentPath(module), { qs: { hash }, itemIndex })).records;
	return await outputDocuments(ctx, itemIndex, module, records);
}

/** What a message action answers: that it was sent, and Afaktury's own words about it. */
export function sent(hashes: string[], envelope: Envelope): IDataObject {
	return { sent: true, ids: hashes, messages: envelope.messages };
}
