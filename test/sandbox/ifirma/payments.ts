/**
 * POST `faktury/wplaty/<typ>/<x>.json`: register a payment (Payment page; body fields from
 * iFirmaBundle). The type code in the path must be the document's `Rodzaj`.
 */
import { isIsoDate } from '../common/dates';
import { documentNotFound } from './envelope';
import type { Endpoint } from './endpoint';
import { ok, route } from './endpoint';
import { PROFORMA } from './documentTypes';
import { amountOf, centsOf } from './money';
import { findDocument } from './numbering';
import { checkShape } from './shape';
import type { IfirmaStore, PaymentRecord } from './store';
import { FieldReader, Problems } from './validation';

/** Exchange rates as the NBP tables print them, four decimals (INFERRED). */
const RATE_SCALE = 4;

function register(store: IfirmaStore, kind: string, x: string, body: unknown): PaymentRecord {
	// INFERRED: pro formas are not sales and take no payments.
	const document = findDocument(store, x, (candidate) => candidate.kind === kind && candidate.type !== PROFORMA);
	if (document === undefined) throw documentNotFound();
	const fields = checkShape(body, { Kwota: 'number', Data: 'string', KwotaPln: 'number', Kurs: 'number' });
	const problems = new Problems();
	const reader = new FieldReader(fields, problems);
	const amount = reader.decimal('Kwota', 2, { required: true });
	const remaining = centsOf(document.totals.gross) - centsOf(document.paid);
	if (amount !== undefined && amount <= 0n) reader.fail('Kwota', 'musi być większa od 0');
	// INFERRED: no overpayment.
	else if (amount !== undefined && amount > remaining) {
		const left = amountOf(remaining > 0n ? remaining : 0n);
		reader.fail('Kwota', `nie może przekraczać kwoty pozostałej do zapłaty (${left})`);
	}
	const date = reader.date('Data') ?? store.today;
	const amountPln = reader.decimal('KwotaPln', 2);
	if (amountPln !== undefined && amountPln <= 0n) reader.fail('KwotaPln', 'musi być większa od 0');
	const rate = reader.decimal('Kurs', RATE_SCALE);
	if (rate !== undefined && rate <= 0n) reader.fail('Kurs', 'musi być większy od 0');
	problems.throwIfAny();
	if (amount === undefined || !isIsoDate(date)) throw new Error('a payment without problems was not read');
	const payment: PaymentRecord = {
		id: store.payments.allocateId(),
		documentId: document.id,
		Kwota: amountOf(amount),
		Data: date,
		KwotaPln: typeof fields.KwotaPln === 'number' ? fields.KwotaPln : null,
		Kurs: typeof fields.Kurs === 'number' ? fields.Kurs : null,
	};
	store.payments.insert(payment);
	document.paid = amountOf(centsOf(document.paid) + amount);
	return payment;
}

export const paymentEndpoints: readonly Endpoint[] = [
	route('POST', '/iapi/faktury/wplaty/:kind/:x.json', ({ store, params, body }) =>
		// INFERRED text; the payment id as `Wynik` is documented.
		ok('Wpłata została zarejestrowana.', { Wynik: register(store, params.kind ?? '', params.x ?? '', body).id }),
	),
];
