/**
 * The n8n credentials that point at the fake services, under the ids the example workflows reference.
 */
import type { Sandboxes } from '../test/sandbox/all';
import { sandboxCredentials } from '../test/sandbox/all';

export type { Sandboxes } from '../test/sandbox/all';
export { startSandboxes } from '../test/sandbox/all';

/** The credential ids and names the example workflows were exported with, by credential type. */
const EXAMPLE_CREDENTIALS: Record<string, { id: string; name: string }> = {
	afakturyApi: { id: 'afaktury-sandbox', name: 'Afaktury sandbox' },
	bitFakturaApi: { id: 'bitfaktura-sandbox', name: 'BitFaktura sandbox' },
	iFirmaApi: { id: 'ifirma-sandbox', name: 'iFirma sandbox' },
	infaktApi: { id: 'infakt-sandbox', name: 'inFakt sandbox' },
	invBgApi: { id: 'invbg-sandbox', name: 'inv.bg sandbox' },
};

/**
 * Input for `n8n import:credentials`: plain `data`, which n8n encrypts with N8N_ENCRYPTION_KEY on import.
 * With `wrongToken`, also a BitFaktura credential carrying it, for the negative run.
 */
export function credentialsFor(sandboxes: Sandboxes, wrongToken?: string): object[] {
	const data = sandboxCredentials(sandboxes);
	const entries = Object.entries(data).map(([type, values]) => ({ ...EXAMPLE_CREDENTIALS[type], type, data: values }));
	if (wrongToken === undefined) return entries;
	const wrong = { ...data.bitFakturaApi, apiToken: wrongToken };
	return [...entries, { id: 'bitfaktura-wrong-token', name: 'BitFaktura wrong token', type: 'bitFakturaApi', data: wrong }];
}
