/**
 * The product catalogue (`/api/product/list`; the third-party client lists it, and lines point at it with
 * `product`). Record fields are the client's (id, name, ean, productNumber, pkwiu) plus an INFERRED net
 * price, VAT and unit. INFERRED: `phrase` searches name, EAN and product number.
 */
import { parseMoney } from '../common/decimal';
import type { Endpoint } from './endpoint';
import { AfakturyError, MESSAGE, Problems, success } from './envelope';
import { readEntryId, readText, refuseUnknown } from './fields';
import type { Input } from './input';
import { pageOf, readPaging } from './paging';
import { renderProduct } from './render';
import type { AfakturyStore, CatalogueProduct } from './store';

export interface ProductSeed {
	name: string;
	ean?: string;
	productNumber?: string;
	pkwiu?: string;
	/** A decimal string or number, e.g. `"100.00"`. */
	netto?: string | number;
	/** VAT dictionary id; default the first entry. */
	vat?: number;
	/** Unit dictionary id; default the first entry. */
	unit?: number;
}

export function addProduct(store: AfakturyStore, seed: ProductSeed): CatalogueProduct {
	const problems = new Problems();
	const input = seed as unknown as Input;
	const name = readText(problems, input, 'name', 255, true);
	const vat = seed.vat === undefined ? store.dictionaries.vat[0]?.id : readEntryId(problems, input, 'vat', store.dictionaries, 'vat', true);
	const unit = seed.unit === undefined ? store.dictionaries.unit[0]?.id : readEntryId(problems, input, 'unit', store.dictionaries, 'unit', true);
	const netto = parseMoney(seed.netto ?? 0);
	if (netto === undefined) problems.add('netto', 'must be a number');
	problems.throwIfAny();
	if (name === null || vat === null || vat === undefined || unit === null || unit === undefined || netto === undefined) throw new AfakturyError([MESSAGE.INVALID]);
	const product: CatalogueProduct = {
		id: (store.catalogue[store.catalogue.length - 1]?.id ?? 0) + 1,
		name,
		ean: seed.ean ?? '',
		productNumber: seed.productNumber ?? '',
		pkwiu: seed.pkwiu ?? '',
		netto,
		vat,
		unit,
	};
	store.catalogue.push(product);
	return product;
}

const KNOWN = new Set(['page', 'count', 'phrase', 'sortDir']);

export const productListEndpoint: Endpoint<'product'> = {
	method: 'GET',
	action: 'list',
	handle: ({ input, store }) => {
		const problems = new Problems();
		refuseUnknown(problems, input, KNOWN);
		const paging = readPaging(problems, input);
		const phrase = readText(problems, input, 'phrase', 255)?.toLowerCase();
		const direction = input.sortDir ?? 'a';
		if (direction !== 'a' && direction !== 'd') problems.add('sortDir', 'must be a or d');
		problems.throwIfAny();
		const matching = store.catalogue.filter(
			(product) =>
				phrase === undefined ||
				[product.name, product.ean, product.productNumber].some((text) => text.toLowerCase().includes(phrase)),
		);
		if (direction === 'd') matching.reverse();
		const { rows, pages } = pageOf(matching, paging);
		return success([MESSAGE.READ], rows.map(renderProduct), { pages });
	},
};
