import type { BitFakturaSandbox } from '../sandbox/bitfaktura';
import { startBitFakturaSandbox } from '../sandbox/bitfaktura';
import type { SandboxedNode, SentRequest } from '../support/node-runner';
import { newestRequest, useSandboxedNode } from '../support/node-runner';

export const NODE_TYPE = 'n8n-nodes-faktura.bitFaktura';

export type BitFakturaTestContext = SandboxedNode<BitFakturaSandbox>;

/** One sandbox per test file, started before and closed after its tests. */
export function useBitFaktura(): BitFakturaTestContext {
	return useSandboxedNode(NODE_TYPE, 'bitFakturaApi', startBitFakturaSandbox, (sandbox) => ({
		account: sandbox.baseUrl,
		apiToken: sandbox.apiToken,
		integrationToken: sandbox.integrationToken,
	}));
}

export type { SentRequest };

/** The newest request of this method whose path starts with `pathPrefix`, as it went on the wire. */
export function lastRequest(sandbox: BitFakturaSandbox, method: string, pathPrefix: string): SentRequest {
	return newestRequest(sandbox.requests, method, pathPrefix);
}
