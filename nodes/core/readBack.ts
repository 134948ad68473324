import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { setOutcome } from './errors';

/**
 * Reads back what a write just did, for services whose answer to a write is too thin for an item. The write
 * stands whatever the read gives: a failed read-back says what was done and that it must not be sent again,
 * instead of passing for a failed write that a user would repeat.
 */
export async function readBack<T>(ctx: IExecuteFunctions, itemIndex: number, done: string, read: () => Promise<T>): Promise<T> {
	try {
		return await read();
	} catch (error) {
		const { message, description } = error as { message?: string; description?: string | null };
		const failure = new NodeOperationError(ctx.getNode(), `${done}, but reading it back failed: ${message ?? 'no reason given'}`, {
			itemIndex,
			description: [`${done}: that stands. Do not send it again; get it later by its ID.`, description].filter(Boolean).join(' '),
		});
		throw setOutcome(failure, 'done');
	}
}
