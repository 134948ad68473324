/**
 * When to send a request again, and how long to wait first. Only requests that are safe to repeat are
 * retried: reads, and writes the service certainly did not act on (it answered 429).
 */

/** At most this many attempts of one request, the first included. */
export const MAX_ATTEMPTS = 5;
/** No retry starts later than this after the first attempt, so a run never hangs on a failing service. */
export const RETRY_DEADLINE_MS = 120_000;
/** The first backoff's ceiling; it doubles per attempt, and each wait is a random part of it (full jitter). */
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 20_000;
/** A service asking for a longer pause than this is not waited for: the run fails and says when to retry. */
export const MAX_RETRY_AFTER_MS = 60_000;

/** Statuses that say "not now" rather than "no": overload, a gateway that lost the service, a rate limit. */
const RETRYABLE_STATUSES = new Set([429, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
	return RETRYABLE_STATUSES.has(status);
}

/**
 * `Retry-After` as seconds (`120`) or an HTTP date, in milliseconds from `now`; undefined when absent or
 * unreadable. A date in the past means "now".
 */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
	if (value === undefined) return undefined;
	const text = value.trim();
	if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, date - now);
}

/** Exponential backoff with full jitter: a uniform wait between 0 and base × 2^(attempt − 1), capped. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
	const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempt - 1));
	return Math.floor(random() * ceiling);
}

export interface RetryDecision {
	retry: boolean;
	waitMs: number;
}

/**
 * Whether attempt `attempt` (1-based) may be followed by another, and after how long: the service's
 * `Retry-After` when it gave one, else the backoff. No retry once the attempts or the deadline would run out.
 */
export function decideRetry(attempt: number, startedAt: number, now: number, retryAfterMs: number | undefined): RetryDecision {
	if (attempt >= MAX_ATTEMPTS) return { retry: false, waitMs: 0 };
	if (retryAfterMs !== undefined && retryAfterMs > MAX_RETRY_AFTER_MS) return { retry: false, waitMs: retryAfterMs };
	const waitMs = retryAfterMs ?? backoffDelay(attempt);
	if (now + waitMs - startedAt > RETRY_DEADLINE_MS) return { retry: false, waitMs };
	return { retry: true, waitMs };
}
