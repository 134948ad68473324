/**
 * A stored document as the wire shows it: money and quantities as strings, foreign keys as `{"id": N}`
 * (`{"id": null}` when unset), as the third-party client observed on real answers.
 */
import { formatMoney } from '../common/decimal';
import { formatAmount } from './numbers';
import type { CatalogueProduct, DocumentLine, DocumentRecord, AfakturyStore } from './store';

const FOREIGN_KEYS = new Set(['client', 'data', 'postscript', 'status', 'currency', 'payKind', 'payTime', 'delivery', 'exchangeCurrency']);

export function reference(id: number | string | null | undefined): { id: number | null } {
	return { id: typeof id === 'number' ? id : null };
}

function renderLine(line: DocumentLine): Record<string, unknown> {
	return {
		id: line.id,
		name: line.name,
		pkwiu: line.extra.pkwiu ?? '',
		ean: line.extra.ean ?? '',
		amount: formatAmount(line.amount),
		netto: formatMoney(line.netto),
		brutto: formatMoney(line.brutto),
		rebate: line.extra.rebate,
		isCountable: line.extra.isCountable,
		JPKColumn: line.extra.JPKColumn,
		isInvoice: line.extra.isInvoice,
		vat: reference(line.vat),
		unit: reference(line.unit),
		product: reference(line.product),
	};
}

export function renderDocument(store: AfakturyStore, record: DocumentRecord): Record<string, unknown> {
	const scalars: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(record.fields)) {
		scalars[name] = FOREIGN_KEYS.has(name) ? reference(value) : value;
	}
	const toPay = record.brutto - record.payed;
	return {
		id: record.id,
		hash: record.hash,
		...scalars,
		user: reference(store.userId),
		personBuy: record.personBuy,
		personSell: record.personSell,
		personBranch: record.personBranch,
		personPay: record.personPay,
		netto: formatMoney(record.netto),
		vat: formatMoney(record.vat),
		brutto: formatMoney(record.brutto),
		payed: formatMoney(record.payed),
		// INFERRED: an overpayment shows as nothing left to pay, not a negative amount.
		toPay: formatMoney(toPay < 0n ? 0n : toPay),
		products: record.lines.map(renderLine),
		payDates: record.payDates.map((payment) => ({ cash: formatMoney(payment.cash), date: payment.date })),
		sendMailDates: record.sendMailDates.map((date) => ({ date })),
		sendSMSDates: [],
		editDates: record.editDates.map((date) => ({ date })),
		procedureJPK: Array.isArray(record.source.procedureJPK) ? record.source.procedureJPK : [],
	};
}

export function renderProduct(product: CatalogueProduct): Record<string, unknown> {
	return {
		id: product.id,
		name: product.name,
		ean: product.ean,
		productNumber: product.productNumber,
		pkwiu: product.pkwiu,
		netto: formatMoney(product.netto),
		vat: reference(product.vat),
		unit: reference(product.unit),
	};
}
