import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { IfirmaSandbox, IfirmaSandboxOptions } from '../sandbox/ifirma';
import { startIfirmaSandbox } from '../sandbox/ifirma';
import type { SandboxedNode, SentRequest } from '../support/node-runner';
import { newestRequest, useSandboxedNode } from '../support/node-runner';

export const NODE_TYPE = 'n8n-nodes-faktura.iFirma';

/** n8n's default time zone, which the harness's workflows run in; the node's "today" is taken there. */
const WORKFLOW_TIME_ZONE = 'America/New_York';

/** Today as the node computes it, so the sandbox's open accounting month is the node's. */
export const TODAY = new Intl.DateTimeFormat('en-CA', {
	timeZone: WORKFLOW_TIME_ZONE,
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
}).format(new Date());

export type IfirmaTestContext = SandboxedNode<IfirmaSandbox>;

/** One sandbox per test file, started before and closed after its tests. */
export function useIfirma(options: IfirmaSandboxOptions = {}): IfirmaTestContext {
	return useSandboxedNode(
		NODE_TYPE,
		'iFirmaApi',
		() => startIfirmaSandbox({ today: TODAY, ...options }),
		({ login, keys, baseUrl }) => ({
			login,
			invoiceKey: keys.faktura ?? '',
			subscriberKey: keys.abonent ?? '',
			billKey: keys.rachunek ?? '',
			useCustomAddress: true,
			baseUrl,
		}),
	);
}

/** The newest request of this method whose path starts with `pathPrefix` (under /iapi/), as it went on the wire. */
export function lastRequest(sandbox: IfirmaSandbox, method: string, pathPrefix: string): SentRequest {
	return newestRequest(sandbox.requests, method, `/iapi/${pathPrefix.replace(/^\/+/, '')}`);
}

/** A line item as the Line Items collection holds it. */
export function line(values: INodeParameters): INodeParameters {
	return { quantity: '1', unit: 'szt.', vatRate: '23', ...values };
}

/** Buyer details for a new contractor, as the editor would hold them. */
export const NEW_BUYER = {
	buyerType: 'details',
	buyerName: 'Firma Testowa Sp. z o.o.',
	buyerPostCode: '00-001',
	buyerCity: 'Warszawa',
};

/** Create of a domestic invoice to a new buyer with these lines, and anything else given. */
export const createInvoice = (items: INodeParameters[], extra: INodeParameters = {}): INodeParameters => ({
	resource: 'invoice',
	operation: 'create',
	documentType: 'fakturakraj',
	...NEW_BUYER,
	lineItems: { item: items },
	additionalFields: { issueDate: TODAY },
	...extra,
});

/** A domestic invoice as its request body, for seeding the sandbox through the service's own rules. */
export function domesticBody(overrides: IDataObject = {}): IDataObject {
	return {
		LiczOd: 'NET',
		DataWystawienia: TODAY,
		DataSprzedazy: TODAY,
		FormatDatySprzedazy: 'DZN',
		Zaplacono: 0,
		ZaplaconoNaDokumencie: 0,
		SposobZaplaty: 'PRZ',
		RodzajPodpisuOdbiorcy: 'BPO',
		WidocznyNumerBdo: false,
		Numer: null,
		Kontrahent: { Nazwa: 'Hurtownia', NIP: '5260250274', KodPocztowy: '00-950', Miejscowosc: 'Warszawa', Email: 'hurt@example.com' },
		Pozycje: [{ NazwaPelna: 'Towar', Ilosc: 1, CenaJednostkowa: 100, Jednostka: 'szt.', StawkaVat: 0.23, TypStawkiVat: 'PRC' }],
		...overrides,
	};
}
