/**
 * The InvoiceData objects of a document: `personBuy` (the buyer), `personSell` (the seller), `personBranch`,
 * `personPay`. The RR page's table labels personBuy "Sprzedawca" (seller) and personSell "Nabywca" (buyer),
 * but its samples name them Buyer and Seller; the sandbox follows the field names
 * (docs/services/afaktury.md, Parties). Fields are those of the samples.
 */
import type { Problems } from './envelope';
import { isObject, readDate, readFlag, readInteger, readText, refuseUnknown } from './fields';
import type { Input } from './input';
import type { Party } from './store';

const ACCOUNT_FIELDS = ['First', 'Second', 'Third'].flatMap((which) =>
	['Number', 'Name', 'Bic', 'Description'].map((part) => `bankAccount${which}${part}`),
);

/** INFERRED lengths: the page gives none for InvoiceData. */
const TEXTS: Record<string, number> = {
	name: 255,
	address: 255,
	nip: 31,
	phone: 31,
	fax: 31,
	mail: 63,
	www: 63,
	krs: 31,
	regon: 31,
	idcardNo: 31,
	idcardAuth: 63,
	pesel: 11,
	...Object.fromEntries(ACCOUNT_FIELDS.map((name) => [name, 63])),
};

const KNOWN = new Set([...Object.keys(TEXTS), 'nipKind', 'alternativeHeader', 'isVATPayer', 'idcardDate']);

export function readParty(problems: Problems, input: Input, name: string, required: boolean): Party | null {
	const value = input[name];
	if (value === undefined || value === null) {
		if (required) problems.empty(name);
		return null;
	}
	if (!isObject(value)) {
		problems.add(name, 'must be an object');
		return null;
	}
	const inner = problems.within(name);
	refuseUnknown(inner, value, KNOWN);
	const party: Party = {};
	for (const [field, max] of Object.entries(TEXTS)) {
		// INFERRED: a party without a name cannot be printed, so the name is required.
		const text = readText(inner, value, field, max, field === 'name');
		if (text !== null) party[field] = text;
	}
	const nipKind = readInteger(inner, value, 'nipKind', 0);
	if (nipKind !== null) party.nipKind = nipKind;
	party.isVATPayer = readFlag(inner, value, 'isVATPayer', 0);
	party.alternativeHeader = readFlag(inner, value, 'alternativeHeader', 0);
	const idcardDate = readDate(inner, value, 'idcardDate');
	if (idcardDate !== null) party.idcardDate = idcardDate;
	return party;
}
