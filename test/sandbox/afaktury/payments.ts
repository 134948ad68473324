/**
 * PUT `/api/<module>/pay` {hash, cash, date} adds a payment: `payed` grows, `toPay` shrinks; PUT
 * `payzero` {hash} clears them. The date is `YYYY-MM-DD HH:MM:SS` (the page's sample, though it says
 * ISO 8601). INFERRED: cash must be above zero; an overpayment is taken.
 */
import { isIsoDate } from '../common/dates';
import { findDocument } from './documents';
import type { Endpoint } from './endpoint';
import { MESSAGE, Problems, success } from './envelope';
import { isAbsent, readMoney, refuseUnknown } from './fields';
import type { DocumentModule } from './modules';
import { renderDocument } from './render';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2}) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

export const paymentEndpoints: readonly Endpoint<DocumentModule>[] = [
	{
		method: 'PUT',
		action: 'pay',
		handle: ({ module, input, store }) => {
			const problems = new Problems();
			refuseUnknown(problems, input, new Set(['hash', 'cash', 'date']));
			const cash = readMoney(problems, input, 'cash');
			if (isAbsent(input.cash)) problems.empty('cash');
			else if (cash !== null && cash <= 0n) problems.add('cash', 'must be above zero');
			const date = input.date;
			const match = typeof date === 'string' ? DATE_TIME.exec(date) : null;
			if (isAbsent(date)) problems.empty('date');
			else if (match === null || !isIsoDate(match[1])) problems.add('date', 'must be YYYY-MM-DD HH:MM:SS');
			problems.throwIfAny();
			const record = findDocument(store, module, input.hash);
			record.payed += cash ?? 0n;
			record.payDates.push({ cash: cash ?? 0n, date: String(date) });
			return success([MESSAGE.DONE], [renderDocument(store, record)]);
		},
	},
	{
		method: 'PUT',
		action: 'payzero',
		handle: ({ module, input, store }) => {
			const problems = new Problems();
			refuseUnknown(problems, input, new Set(['hash']));
			problems.throwIfAny();
			const record = findDocument(store, module, input.hash);
			record.payed = 0n;
			record.payDates = [];
			return success([MESSAGE.DONE], [renderDocument(store, record)]);
		},
	},
];
