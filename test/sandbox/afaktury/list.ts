/**
 * GET `/api/<module>/list` with the RR page's filters; rows carry their `products`, as the third-party
 * client observed. The page does not say what the filters match, so (INFERRED): `phrase` searches the
 * number and both parties' names, `letter` is the first letter of the buyer's name, `product` searches line
 * names, dates filter `dateCreate`, overdue means unpaid past dateCreate plus the payment term, and
 * `sortItem` is 0 by creation date, 1 by number, 2 by gross total.
 */
import { addDays, isIsoDate } from '../common/dates';
import { findEntry } from './dictionaries';
import type { Endpoint } from './endpoint';
import { MESSAGE, Problems, success } from './envelope';
import { isAbsent, readChoice, readDate, readInteger, readText, refuseUnknown } from './fields';
import type { Input } from './input';
import type { DocumentModule } from './modules';
import { pageOf, readPaging } from './paging';
import { renderDocument } from './render';
import type { AfakturyStore, DocumentRecord } from './store';

type Test = (record: DocumentRecord) => boolean;

const ID_FILTERS = ['client', 'payKind', 'currency', 'data'] as const;
const KNOWN = new Set([
	'page',
	'count',
	'sortItem',
	'sortDir',
	'letter',
	'phrase',
	'dateBegin',
	'dateEnd',
	'year',
	'month',
	'product',
	'payedKind',
	'user',
	...ID_FILTERS,
]);

function dueDate(store: AfakturyStore, record: DocumentRecord): string {
	const term = findEntry(store.dictionaries, 'payTime', Number(record.fields.payTime));
	return addDays(String(record.fields.dateCreate), Number(term?.days ?? 0));
}

const PAYED_KINDS: Record<number, (store: AfakturyStore, record: DocumentRecord) => boolean> = {
	0: () => true,
	1: (_store, record) => record.payed >= record.brutto,
	2: (_store, record) => record.payed < record.brutto,
	3: (store, record) => record.payed < record.brutto && dueDate(store, record) < store.today,
};

function contains(haystack: unknown, needle: string): boolean {
	return typeof haystack === 'string' && haystack.toLowerCase().includes(needle.toLowerCase());
}

function textTests(problems: Problems, input: Input): Test[] {
	const tests: Test[] = [];
	const phrase = readText(problems, input, 'phrase', 255);
	if (phrase !== null) {
		tests.push((r) => [r.fields.number, r.personBuy.name, r.personSell.name].some((text) => contains(text, phrase)));
	}
	const letter = readText(problems, input, 'letter', 1);
	if (letter !== null) tests.push((r) => String(r.personBuy.name ?? '').toLowerCase().startsWith(letter.toLowerCase()));
	const product = readText(problems, input, 'product', 255);
	if (product !== null) tests.push((r) => r.lines.some((line) => contains(line.name, product)));
	return tests;
}

function periodTests(problems: Problems, input: Input): Test[] {
	const begin = readDate(problems, input, 'dateBegin');
	const end = readDate(problems, input, 'dateEnd');
	const year = readInteger(problems, input, 'year', 1970);
	const month = readInteger(problems, input, 'month', 1);
	if (month !== null && month > 12) problems.add('month', 'must be 1 to 12');
	if ((begin !== null || end !== null) && (year !== null || month !== null)) {
		problems.add('year', 'not to be combined with dateBegin and dateEnd');
	}
	if (month !== null && year === null) problems.add('month', 'needs year');
	const created = (r: DocumentRecord): string => String(r.fields.dateCreate);
	const tests: Test[] = [];
	if (begin !== null) tests.push((r) => created(r) >= begin);
	if (end !== null) tests.push((r) => created(r) <= end);
	if (year !== null) tests.push((r) => created(r).startsWith(String(year)));
	if (month !== null) tests.push((r) => isIsoDate(created(r)) && Number(created(r).slice(5, 7)) === month);
	return tests;
}

function idTests(problems: Problems, input: Input, store: AfakturyStore): Test[] {
	const tests: Test[] = [];
	for (const name of ID_FILTERS) {
		const id = readInteger(problems, input, name, 1);
		if (id !== null) tests.push((r) => r.fields[name] === id);
	}
	const user = readInteger(problems, input, 'user', 1);
	if (user !== null) tests.push(() => user === store.userId);
	const payedKind = readChoice(problems, input, 'payedKind', [0, 1, 2, 3], 0);
	tests.push((r) => PAYED_KINDS[payedKind]?.(store, r) ?? true);
	return tests;
}

const SORT_KEYS: Record<number, (r: DocumentRecord) => string | bigint> = {
	0: (r) => String(r.fields.dateCreate),
	1: (r) => String(r.fields.number),
	2: (r) => r.brutto,
};

function sorter(problems: Problems, input: Input): (a: DocumentRecord, b: DocumentRecord) => number {
	const item = readChoice(problems, input, 'sortItem', [0, 1, 2], 0);
	const direction = isAbsent(input.sortDir) ? 'a' : input.sortDir;
	if (direction !== 'a' && direction !== 'd') problems.add('sortDir', 'must be a or d');
	const key = SORT_KEYS[item] ?? SORT_KEYS[0];
	const sign = direction === 'd' ? -1 : 1;
	return (a, b) => {
		const [x, y] = [key?.(a), key?.(b)];
		const order = x === y ? a.id - b.id : x !== undefined && y !== undefined && x < y ? -1 : 1;
		return sign * order;
	};
}

function years(records: readonly DocumentRecord[]): Record<string, string> {
	const all = records.map((r) => String(r.fields.dateCreate).slice(0, 4)).sort();
	// Observed: `yearmin` "1970" stands for "no documents of this type".
	return { yearmin: all[0] ?? '1970', yearmax: all[all.length - 1] ?? '1970' };
}

export const listEndpoint: Endpoint<DocumentModule> = {
	method: 'GET',
	action: 'list',
	handle: ({ module, input, store }) => {
		const problems = new Problems();
		refuseUnknown(problems, input, KNOWN);
		const paging = readPaging(problems, input);
		const tests = [...textTests(problems, input), ...periodTests(problems, input), ...idTests(problems, input, store)];
		const order = sorter(problems, input);
		problems.throwIfAny();
		const all = [...store.documents[module].values()];
		const matching = all.filter((record) => tests.every((test) => test(record))).sort(order);
		const { rows, pages } = pageOf(matching, paging);
		return success([MESSAGE.READ], rows.map((record) => renderDocument(store, record)), {
			pages,
			additional: years(all),
		});
	},
};
