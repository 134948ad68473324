/**
 * The seller and buyer on an invoice come from the account's records when the client does not spell them
 * out: seller from the given or main department, buyer from `client_id` (API page). Only blank columns
 * are filled, so what the request said always wins.
 */
import { isBlank } from './attributes';
import type { Attributes } from './params';
import type { ClientRecord, DepartmentRecord } from './store';

type ColumnMap = readonly (readonly [from: string, to: string])[];

const BUYER_FROM_CLIENT: ColumnMap = [
	['name', 'buyer_name'],
	['tax_no', 'buyer_tax_no'],
	['post_code', 'buyer_post_code'],
	['city', 'buyer_city'],
	['street', 'buyer_street'],
	['country', 'buyer_country'],
	['email', 'buyer_email'],
	['phone', 'buyer_phone'],
	['first_name', 'buyer_first_name'],
	['last_name', 'buyer_last_name'],
	['company', 'buyer_company'],
];

const SELLER_FROM_DEPARTMENT: ColumnMap = [
	['name', 'seller_name'],
	['tax_no', 'seller_tax_no'],
	['post_code', 'seller_post_code'],
	['city', 'seller_city'],
	['street', 'seller_street'],
	['country', 'seller_country'],
	['email', 'seller_email'],
	['phone', 'seller_phone'],
	['www', 'seller_www'],
	['fax', 'seller_fax'],
	['bank', 'seller_bank'],
	['bank_account', 'seller_bank_account'],
	['person', 'seller_person'],
];

function fillBlanks(target: Attributes, source: Attributes, columns: ColumnMap): void {
	for (const [from, to] of columns) {
		if (isBlank(target[to]) && !isBlank(source[from])) target[to] = source[from];
	}
}

export function fillBuyerFromClient(invoice: Attributes, client: ClientRecord): void {
	fillBlanks(invoice, client, BUYER_FROM_CLIENT);
}

export function fillSellerFromDepartment(invoice: Attributes, department: DepartmentRecord): void {
	fillBlanks(invoice, department, SELLER_FROM_DEPARTMENT);
}

/** A cost invoice is bought by the account itself (INFERRED: the department stands on the buyer side). */
export function fillBuyerFromDepartment(invoice: Attributes, department: DepartmentRecord): void {
	fillBlanks(
		invoice,
		department,
		SELLER_FROM_DEPARTMENT.map(([from, to]) => [from, to.replace(/^seller_/, 'buyer_')] as const),
	);
}

/** The client card the engine creates for a new buyer. */
export function clientAttributesOfBuyer(invoice: Attributes): Attributes {
	const client: Attributes = {};
	for (const [column, buyerColumn] of BUYER_FROM_CLIENT) {
		if (!isBlank(invoice[buyerColumn])) client[column] = invoice[buyerColumn];
	}
	return client;
}
