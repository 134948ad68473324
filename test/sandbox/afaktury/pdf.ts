/**
 * GET `/api/<module>/pdf` {hash, kind, tpl, lang, configPrint}. INFERRED: the answer is the PDF itself,
 * `Content-Type: application/pdf` (the page does not say; see docs/services/afaktury.md, PDF); a refusal
 * still comes as the JSON envelope.
 */
import { formatMoney } from '../common/decimal';
import { onePagePdf } from '../common/pdf';
import { PRINT_KINDS, readConfigPrint, TEMPLATES } from './configPrint';
import { findDocument } from './documents';
import type { Endpoint } from './endpoint';
import { Problems } from './envelope';
import { isAbsent, readChoice, readText, refuseUnknown } from './fields';
import type { DocumentModule } from './modules';

const KNOWN = new Set(['hash', 'kind', 'tpl', 'lang', 'configPrint']);
const KIND_LABELS: Record<number, string> = { 1: 'ORYGINAL', 2: 'ORYGINAL / KOPIA', 3: 'DUPLIKAT' };
/** ISO 639-1, as the page asks. */
const LANGUAGE = /^[a-z]{2}$/;

export const pdfEndpoint: Endpoint<DocumentModule> = {
	method: 'GET',
	action: 'pdf',
	handle: ({ module, input, store }) => {
		const problems = new Problems();
		refuseUnknown(problems, input, KNOWN);
		const kind = readChoice(problems, input, 'kind', PRINT_KINDS, 1);
		const tpl = isAbsent(input.tpl) ? 'std' : input.tpl;
		if (!(TEMPLATES as readonly unknown[]).includes(tpl)) problems.add('tpl', `must be one of ${TEMPLATES.join(', ')}`);
		const lang = readText(problems, input, 'lang', 2);
		if (lang !== null && !LANGUAGE.test(lang)) problems.add('lang', 'must be an ISO 639-1 code');
		readConfigPrint(problems, input);
		problems.throwIfAny();
		const record = findDocument(store, module, input.hash);
		const number = String(record.fields.number);
		const bytes = onePagePdf([
			`${module} ${number}`,
			KIND_LABELS[kind] ?? '',
			`Nabywca: ${String(record.personBuy.name ?? '')}`,
			`Sprzedawca: ${String(record.personSell.name ?? '')}`,
			`Brutto: ${formatMoney(record.brutto)}`,
			`Szablon: ${String(tpl)}, jezyk: ${lang ?? String(record.fields.language)}`,
		]);
		return { bytes, contentType: 'application/pdf', filename: `${number.replace(/[^\w.-]+/g, '_')}.pdf` };
	},
};
