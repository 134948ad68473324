/** Issue (POST `<type>.json`) and read (GET `<type>/<x>.json|.pdf|.xml`) for every document type. */
import { documentNotFound, IfirmaError, KOD } from './envelope';
import type { Endpoint } from './endpoint';
import { ok, queryValue, route } from './endpoint';
import type { DocumentType } from './documentTypes';
import { DOCUMENT_TYPES } from './documentTypes';
import { issueDocument } from './issue';
import { findDocument } from './numbering';
import { documentJson, documentPdf, documentXml } from './render';
import type { DocumentRecord, IfirmaStore } from './store';

/** The Pro forma page's success answer, for every type (INFERRED beyond the pro forma). */
export const ADDED = 'Faktura została pomyślnie dodana.';

function issueEndpoint(spec: DocumentType): Endpoint {
	return route('POST', `/iapi/${spec.type}.json`, ({ store, body }) =>
		ok(ADDED, { Identyfikator: issueDocument(store, spec, body).id }),
	);
}

/** A document of another type is as unknown as a missing one (INFERRED). */
function readEndpoints(spec: DocumentType): Endpoint[] {
	const find = (store: IfirmaStore, x: string | undefined): DocumentRecord => {
		const document = findDocument(store, x ?? '', (candidate) => candidate.type === spec.type);
		if (document === undefined) throw documentNotFound();
		return document;
	};
	return [
		// INFERRED text.
		route('GET', `/iapi/${spec.type}/:x.json`, ({ store, params }) =>
			ok('Pobrano fakturę', documentJson(find(store, params.x))),
		),
		route('GET', `/iapi/${spec.type}/:x.pdf`, ({ store, params, request }) => {
			const document = find(store, params.x);
			const print = queryValue(request, 'typ');
			// INFERRED: `dup` is the only documented print type; anything else is refused, not ignored.
			if (print !== undefined && print !== 'dup') {
				throw new IfirmaError(KOD.VALIDATION, `typ: niedozwolona wartość "${print}" (dozwolone: dup)`);
			}
			return { bytes: documentPdf(document, print === 'dup' ? store.today : undefined), contentType: 'application/pdf' };
		}),
		route('GET', `/iapi/${spec.type}/:x.xml`, ({ store, params }) => ({
			bytes: documentXml(find(store, params.x)),
			contentType: 'application/xml; charset=utf-8',
		})),
	];
}

export const documentEndpoints: readonly Endpoint[] = [
	...DOCUMENT_TYPES.map(issueEndpoint),
	...DOCUMENT_TYPES.flatMap(readEndpoints),
];
