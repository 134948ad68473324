/** The API request limit (Home page, Limit page). */
import { IfirmaError, KOD } from './envelope';
import type { Endpoint } from './endpoint';
import { ok, route } from './endpoint';
import type { IfirmaStore } from './store';

export const limitEndpoints: readonly Endpoint[] = [
	route('GET', '/iapi/abonent/limit.json', ({ store }) =>
		ok('Informacja o limitach API', { LimitWykorzystany: store.limit.used, LimitPrzyznany: store.limit.granted }),
	),
];

export const LIMIT_PATH = '/iapi/abonent/limit.json';

/**
 * INFERRED: past the granted limit a request is refused with Kod 100 and HTTP 429 (the status a third-party
 * client maps to rate limiting, iFirmaBundle) and not counted; the limit query itself always answers.
 */
export function countRequest(store: IfirmaStore, path: string): void {
	if (store.limit.used >= store.limit.granted && path !== LIMIT_PATH) {
		throw new IfirmaError(KOD.TECHNICAL, 'Przekroczono limit zapytań API', 429);
	}
	store.limit.used += 1;
}
