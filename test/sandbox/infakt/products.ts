/**
 * Products (docs/services/infakt.md, Products): numeric ids, `{"product": {...}}` bodies, create answers 201
 * with the bare product. Only `name` is required. INFERRED: the price not sent is derived from the other and
 * the tax symbol (net from gross, gross from net), and the tax symbol defaults to 23.
 */
import { divideRounded } from '../common/decimal';
import { MESSAGE, notFound, Problems } from './errors';
import type { Endpoint } from './endpoint';
import { json, noContent, wrapped } from './endpoint';
import { containsIgnoringCase, listEnvelope } from './lists';
import type { ListSpec } from './lists';
import { TAX_PERCENT } from './reference';
import type { InfaktStore, Product } from './store';
import { readInteger, readText } from './values';
import type { Input } from './values';

function prices(net: number | null, gross: number | null, symbol: string): Pick<Product, 'unit_net_price' | 'gross_price'> {
	const percent = BigInt(TAX_PERCENT[symbol] ?? 0);
	if (net !== null) return { unit_net_price: net, gross_price: gross ?? Number(BigInt(net) + divideRounded(BigInt(net) * percent, 100n)) };
	if (gross !== null) return { unit_net_price: Number(divideRounded(BigInt(gross) * 100n, 100n + percent)), gross_price: gross };
	return { unit_net_price: null, gross_price: null };
}

function buildProduct(store: InfaktStore, input: Input, existing: Product | undefined): Product {
	const problems = new Problems();
	// An update that sends one price derives the other again rather than keeping a stale pair.
	const pricesSent = input.unit_net_price !== undefined || input.gross_price !== undefined;
	const source: Input = { ...existing, ...(pricesSent ? { unit_net_price: undefined, gross_price: undefined } : {}), ...input };
	const name = readText(source, 'name', problems);
	if (name === null) problems.add('name', MESSAGE.BLANK);
	const symbol = readText(source, 'tax_symbol', problems) ?? '23';
	if (TAX_PERCENT[symbol] === undefined) problems.add('tax_symbol', MESSAGE.INVALID);
	const net = readInteger(source, 'unit_net_price', problems);
	const gross = readInteger(source, 'gross_price', problems);
	const product: Product = {
		id: existing?.id ?? 0,
		name: name ?? '',
		...prices(net, gross, symbol),
		tax_symbol: symbol,
		unit: readText(source, 'unit', problems),
		pkwiu: readText(source, 'pkwiu', problems),
		cn: readText(source, 'cn', problems),
		gtu_id: readInteger(source, 'gtu_id', problems),
		discount: readText(source, 'discount', problems) ?? '0.0',
	};
	problems.throwIfAny();
	return existing === undefined ? { ...product, id: store.products.allocateId() } : product;
}

export function createProduct(store: InfaktStore, input: Input): Product {
	return store.products.insert(buildProduct(store, input, undefined));
}

function findProduct(store: InfaktStore, id: string | undefined): Product {
	return store.products.find(id) ?? notFound();
}

const PRODUCT_LIST: ListSpec<Product> = {
	path: '/products.json',
	filters: {
		name_eq: (product, value) => product.name === value,
		// INFERRED: the docs show `name_eq` only; `_cont` is the text modifier they document generally.
		name_cont: (product, value) => containsIgnoringCase(product.name, value),
	},
	sortable: { name: (product) => product.name, id: (product) => product.id },
};

export const productEndpoints: readonly Endpoint[] = [
	{ method: 'GET', path: '/products.json', handle: ({ request, store }) => json(listEnvelope(store.products.all(), request, PRODUCT_LIST)) },
	{ method: 'GET', path: '/products/:id.json', handle: ({ params, store }) => json(findProduct(store, params.id)) },
	{ method: 'POST', path: '/products.json', handle: (call) => json(createProduct(call.store, wrapped(call, 'product')), 201) },
	{
		method: 'PUT',
		path: '/products/:id.json',
		handle: (call) => {
			const existing = findProduct(call.store, call.params.id);
			return json(call.store.products.insert(buildProduct(call.store, wrapped(call, 'product'), existing)));
		},
	},
	{
		method: 'DELETE',
		path: '/products/:id.json',
		handle: ({ params, store }) => {
			store.products.delete(findProduct(store, params.id).id);
			return noContent();
		},
	},
];
