/**
 * Read-only lists: bank accounts, VAT rates, VAT exemption reasons (docs/services/infakt.md, Reference data)
 * and the invoice kinds this package only reads (corrective, margin, advance, final).
 */
import { notFound } from './errors';
import type { Endpoint } from './endpoint';
import { json } from './endpoint';
import { listEnvelope } from './lists';
import type { ListSpec } from './lists';
import { OTHER_KINDS } from './store';

function plainList<R extends { id: number }>(path: string): ListSpec<R> {
	return { path, filters: {}, sortable: { id: (record) => record.id } };
}

const otherKindEndpoints: Endpoint[] = OTHER_KINDS.flatMap((kind): Endpoint[] => [
	{
		method: 'GET',
		path: `/${kind}.json`,
		handle: ({ request, store }) =>
			json(listEnvelope([...store.otherKinds[kind].values()], request, { path: `/${kind}.json`, filters: {}, sortable: {} })),
	},
	{
		method: 'GET',
		path: `/${kind}/:uuid.json`,
		handle: ({ params, store }) => json(store.otherKinds[kind].get(params.uuid ?? '') ?? notFound()),
	},
]);

export const referenceEndpoints: readonly Endpoint[] = [
	{ method: 'GET', path: '/bank_accounts.json', handle: ({ request, store }) => json(listEnvelope(store.bankAccounts, request, plainList('/bank_accounts.json'))) },
	{
		method: 'GET',
		path: '/bank_accounts/:id.json',
		handle: ({ params, store }) => json(store.bankAccounts.find((account) => String(account.id) === params.id) ?? notFound()),
	},
	{ method: 'GET', path: '/vat_rates.json', handle: ({ request, store }) => json(listEnvelope(store.vatRates, request, plainList('/vat_rates.json'))) },
	{
		method: 'GET',
		path: '/vat_exemptions.json',
		handle: ({ request, store }) => json(listEnvelope(store.vatExemptions, request, plainList('/vat_exemptions.json'))),
	},
	...otherKindEndpoints,
];
