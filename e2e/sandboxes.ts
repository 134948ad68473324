/**
 * Both fake services, started in this process from the project's own sandbox code, and the n8n
 * credentials that point at them under the ids the example workflows reference.
 */
import type { BitFakturaSandbox } from '../test/sandbox/bitfaktura';
import { startBitFakturaSandbox } from '../test/sandbox/bitfaktura';
import type { IfirmaSandbox } from '../test/sandbox/ifirma';
import { startIfirmaSandbox } from '../test/sandbox/ifirma';

export interface Sandboxes {
	bitFaktura: BitFakturaSandbox;
	ifirma: IfirmaSandbox;
	/** The iFirma example runs in Europe/Warsaw; the account's open month must be the month there. */
	todayInWarsaw: string;
	close(): Promise<void>;
}

export async function startSandboxes(): Promise<Sandboxes> {
	const todayInWarsaw = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
		new Date(),
	);
	const bitFaktura = await startBitFakturaSandbox();
	const ifirma = await startIfirmaSandbox({ today: todayInWarsaw });
	return {
		bitFaktura,
		ifirma,
		todayInWarsaw,
		close: async () => {
			await Promise.all([bitFaktura.close(), ifirma.close()]);
		},
	};
}

/**
 * Input for `n8n import:credentials`: plain `data`, which n8n encrypts with N8N_ENCRYPTION_KEY on import.
 * With `wrongToken`, also a BitFaktura credential carrying it, for the negative run.
 */
export function credentialsFor(sandboxes: Sandboxes, wrongToken?: string): object[] {
	const { bitFaktura, ifirma } = sandboxes;
	const bitFakturaData = { account: bitFaktura.baseUrl, apiToken: bitFaktura.apiToken };
	return [
		{ id: 'bitfaktura-sandbox', name: 'BitFaktura sandbox', type: 'bitFakturaApi', data: bitFakturaData },
		...(wrongToken === undefined
			? []
			: [{ id: 'bitfaktura-wrong-token', name: 'BitFaktura wrong token', type: 'bitFakturaApi', data: { ...bitFakturaData, apiToken: wrongToken } }]),
		{
			id: 'ifirma-sandbox',
			name: 'iFirma sandbox',
			type: 'iFirmaApi',
			data: {
				login: ifirma.login,
				invoiceKey: ifirma.keys.faktura,
				subscriberKey: ifirma.keys.abonent,
				billKey: ifirma.keys.rachunek,
				useCustomAddress: true,
				baseUrl: ifirma.baseUrl,
			},
		},
	];
}
