/**
 * Every fake service at once, for the runs that use them all (the demo, the n8n app in e2e): started
 * in this process, with the credential data that points each node at its own.
 */
import type { IDataObject } from 'n8n-workflow';

import type { AfakturySandbox } from './afaktury';
import { startAfakturySandbox } from './afaktury';
import type { BitFakturaSandbox } from './bitfaktura';
import { startBitFakturaSandbox } from './bitfaktura';
import type { IfirmaSandbox } from './ifirma';
import { startIfirmaSandbox } from './ifirma';
import type { InfaktSandbox } from './infakt';
import { startInfaktSandbox } from './infakt';
import type { InvBgSandbox } from './invbg';
import { startInvBgSandbox } from './invbg';

export interface Sandboxes {
	afaktury: AfakturySandbox;
	bitFaktura: BitFakturaSandbox;
	ifirma: IfirmaSandbox;
	infakt: InfaktSandbox;
	invBg: InvBgSandbox;
	/** Where each service's fake answers, by the service's name, for the people running the demo. */
	addresses: Record<string, string>;
	/** An ifirma account keeps Polish time: its open accounting month is the month in Warsaw. */
	todayInWarsaw: string;
	close(): Promise<void>;
}

export async function startSandboxes(): Promise<Sandboxes> {
	const todayInWarsaw = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Warsaw', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
		new Date(),
	);
	const afaktury = await startAfakturySandbox();
	const bitFaktura = await startBitFakturaSandbox();
	const ifirma = await startIfirmaSandbox({ today: todayInWarsaw });
	const infakt = await startInfaktSandbox({ today: todayInWarsaw });
	const invBg = await startInvBgSandbox();
	return {
		afaktury,
		bitFaktura,
		ifirma,
		infakt,
		invBg,
		addresses: { Afaktury: afaktury.baseUrl, BitFaktura: bitFaktura.baseUrl, iFirma: ifirma.baseUrl, inFakt: infakt.baseUrl, 'inv.bg': invBg.baseUrl },
		todayInWarsaw,
		close: async () => {
			await Promise.all([afaktury.close(), bitFaktura.close(), ifirma.close(), infakt.close(), invBg.close()]);
		},
	};
}

/** Credential data by credential type, each pointing at its sandbox. */
export function sandboxCredentials({ afaktury, bitFaktura, ifirma, infakt, invBg }: Sandboxes): Record<string, IDataObject> {
	return {
		afakturyApi: { authentication: 'token', token: afaktury.token, useCustomAddress: true, baseUrl: `${afaktury.baseUrl}/api` },
		bitFakturaApi: { account: bitFaktura.baseUrl, apiToken: bitFaktura.apiToken },
		iFirmaApi: {
			login: ifirma.login,
			invoiceKey: ifirma.keys.faktura,
			subscriberKey: ifirma.keys.abonent,
			billKey: ifirma.keys.rachunek,
			useCustomAddress: true,
			baseUrl: ifirma.baseUrl,
		},
		infaktApi: { apiKey: infakt.apiKey, environment: 'custom', baseUrl: infakt.baseUrl },
		invBgApi: { apiVersion: 'v3', ...invBg.login, language: 'bg', useCustomAddress: true, baseUrl: invBg.baseUrl },
	};
}
