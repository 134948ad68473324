/**
 * PUT `sendmail`, `sendreminder` and `sendtoaccountant`: the service e-mails a document (or several, to the
 * accountant) and the sandbox records what it would have sent in `emails`. INFERRED: `mail` is required
 * (one address, or several separated by commas), title and body may be empty; `kind` is 1–3 as the page
 * lists (copies for sendmail, reminder kind for the other two).
 */
import { PRINT_KINDS, readConfigPrint } from './configPrint';
import { findDocument, timestamp } from './documents';
import type { Endpoint } from './endpoint';
import { MESSAGE, Problems, success } from './envelope';
import { isAbsent, readChoice, readFlag, readText, refuseUnknown } from './fields';
import type { Input } from './input';
import type { DocumentModule } from './modules';
import type { SentEmail } from './store';

const ADDRESS = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;
const LANGUAGE = /^[a-z]{2}$/;

type Common = Pick<SentEmail, 'mail' | 'title' | 'body' | 'kind' | 'lang'>;

function readCommon(problems: Problems, input: Input): Common {
	const mail = readText(problems, input, 'mail', 255, true) ?? '';
	if (mail !== '' && !mail.split(',').every((address) => ADDRESS.test(address.trim()))) {
		problems.add('mail', 'must be an e-mail address');
	}
	const lang = readText(problems, input, 'lang', 2) ?? 'pl';
	if (!LANGUAGE.test(lang)) problems.add('lang', 'must be an ISO 639-1 code');
	return {
		mail,
		title: readText(problems, input, 'title', 255) ?? '',
		body: readText(problems, input, 'body', 65535) ?? '',
		kind: readChoice(problems, input, 'kind', PRINT_KINDS, 1),
		lang,
	};
}

function sendOne(action: 'sendmail' | 'sendreminder'): Endpoint<DocumentModule> {
	const known = ['hash', 'title', 'body', 'mail', 'kind', 'lang', 'sendToMe', 'configPrint'];
	if (action === 'sendreminder') known.push('sendDocument');
	const knownSet = new Set(known);
	return {
		method: 'PUT',
		action,
		handle: ({ module, input, store }) => {
			const problems = new Problems();
			refuseUnknown(problems, input, knownSet);
			const common = readCommon(problems, input);
			const sendToMe = readFlag(problems, input, 'sendToMe', 0);
			const sendDocument = action === 'sendreminder' ? readFlag(problems, input, 'sendDocument', 0) : 0;
			const configPrint = readConfigPrint(problems, input);
			problems.throwIfAny();
			const record = findDocument(store, module, input.hash);
			store.emails.push({ module, action, hashes: [record.hash], ...common, sendToMe, sendDocument, configPrint });
			record.sendMailDates.push(timestamp(store));
			return success([MESSAGE.DONE], []);
		},
	};
}

const KNOWN_ACCOUNTANT = new Set(['ids', 'title', 'body', 'mail', 'kind', 'lang']);

/** `ids` are hashes, as the page's sample shows (`"abcdefghij"`), of documents of the module in the path. */
const sendToAccountant: Endpoint<DocumentModule> = {
	method: 'PUT',
	action: 'sendtoaccountant',
	handle: ({ module, input, store }) => {
		const problems = new Problems();
		refuseUnknown(problems, input, KNOWN_ACCOUNTANT);
		const common = readCommon(problems, input);
		const ids = input.ids;
		if (isAbsent(ids) || (Array.isArray(ids) && ids.length === 0)) problems.empty('ids');
		else if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) problems.add('ids', 'must be an array of hashes');
		problems.throwIfAny();
		const hashes = (ids as string[]).map((hash) => findDocument(store, module, hash).hash);
		store.emails.push({ module, action: 'sendtoaccountant', hashes, ...common, sendToMe: 0, sendDocument: 0, configPrint: null });
		return success([MESSAGE.DONE], []);
	},
};

export const mailEndpoints: readonly Endpoint<DocumentModule>[] = [
	sendOne('sendmail'),
	sendOne('sendreminder'),
	sendToAccountant,
];
