import type { IDataObject, INode } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { setOutcome } from '../../nodes/core/errors';
import type { Outcome } from '../../nodes/core/errors';
import { createOnce } from '../../nodes/core/idempotency';

const node: INode = { id: '1', name: 'Invoice', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} };

function failure(outcome: Outcome): NodeApiError {
	return setOutcome(new NodeApiError(node, { message: 'failed' }, { message: 'failed', description: 'What happened.' }), outcome);
}

/** A service holding documents by key, whose creates can be told to fail after (or before) acting. */
function service(existing: IDataObject[] = []) {
	const documents = [...existing];
	const calls = { finds: 0, creates: 0 };
	let failNext: { outcome: Outcome; acted: boolean } | undefined;
	return {
		documents,
		calls,
		failNextCreate(outcome: Outcome, acted: boolean) {
			failNext = { outcome, acted };
		},
		keyed: {
			key: 'order ID "A-1"',
			findExisting: async () => {
				calls.finds++;
				return documents.find((document) => document.oid === 'A-1');
			},
			create: async () => {
				calls.creates++;
				const document = { id: documents.length + 1, oid: 'A-1' };
				const failing = failNext;
				failNext = undefined;
				if (failing?.acted !== false) documents.push(document);
				if (failing) throw failure(failing.outcome);
				return document;
			},
		},
	};
}

describe('createOnce', () => {
	test('creates when nothing holds the key', async () => {
		const account = service();
		expect(await createOnce(account.keyed)).toEqual({ record: { id: 1, oid: 'A-1' }, alreadyExisted: false });
		expect(account.calls).toEqual({ finds: 1, creates: 1 });
	});

	test('returns the document the key already names, marked, and sends nothing', async () => {
		const account = service([{ id: 7, oid: 'A-1' }]);
		expect(await createOnce(account.keyed)).toEqual({ record: { id: 7, oid: 'A-1' }, alreadyExisted: true });
		expect(account.calls.creates).toBe(0);
	});

	test('an unknown outcome after the service acted: the document is found, not created twice', async () => {
		const account = service();
		account.failNextCreate('unknown', true);
		expect(await createOnce(account.keyed)).toEqual({ record: { id: 1, oid: 'A-1' }, alreadyExisted: true });
		expect(account.documents).toHaveLength(1);
		expect(account.calls).toEqual({ finds: 2, creates: 1 });
	});

	test('an unknown outcome before the service acted: looked up, not found, sent once more', async () => {
		const account = service();
		account.failNextCreate('unknown', false);
		expect(await createOnce(account.keyed)).toEqual({ record: { id: 1, oid: 'A-1' }, alreadyExisted: false });
		expect(account.documents).toHaveLength(1);
		expect(account.calls).toEqual({ finds: 2, creates: 2 });
	});

	test('a refusal is never sent again, and a look-up that fails stops the resend and says so', async () => {
		const refusing = service();
		refusing.failNextCreate('refused', false);
		await expect(createOnce(refusing.keyed)).rejects.toThrow('failed');
		expect(refusing.calls.creates).toBe(1);

		const account = service();
		account.failNextCreate('unknown', false);
		let finds = 0;
		const keyed = {
			...account.keyed,
			findExisting: async () => {
				if (finds++ > 0) throw new Error('lookup down');
				return undefined;
			},
		};
		const error = (await createOnce(keyed).catch((caught: unknown) => caught)) as NodeApiError;
		expect(error.description).toBe('What happened. Looking it up by order ID "A-1" failed too, so nothing was sent again.');
		expect(account.calls.creates).toBe(1);
	});
});
