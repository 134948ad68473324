import { backoffDelay, decideRetry, isRetryableStatus, MAX_ATTEMPTS, parseRetryAfter, RETRY_DEADLINE_MS } from '../../nodes/core/retry';

describe('retry policy', () => {
	test('only "not now" statuses are retryable: 429, 502, 503, 504', () => {
		expect([429, 502, 503, 504].every(isRetryableStatus)).toBe(true);
		expect([400, 401, 404, 409, 422, 500, 501].some(isRetryableStatus)).toBe(false);
	});

	test('Retry-After is read as seconds or as an HTTP date, and a date in the past means now', () => {
		const now = Date.parse('2026-11-30T12:00:00Z');
		expect(parseRetryAfter('3', now)).toBe(3000);
		expect(parseRetryAfter('0', now)).toBe(0);
		expect(parseRetryAfter('Mon, 30 Nov 2026 12:00:10 GMT', now)).toBe(10_000);
		expect(parseRetryAfter('Mon, 30 Nov 2026 11:00:00 GMT', now)).toBe(0);
		expect(parseRetryAfter('soon', now)).toBeUndefined();
		expect(parseRetryAfter(undefined, now)).toBeUndefined();
	});

	test('backoff is full jitter under a ceiling that doubles per attempt', () => {
		expect(backoffDelay(1, () => 0.999)).toBe(499);
		expect(backoffDelay(2, () => 0.999)).toBe(999);
		expect(backoffDelay(3, () => 0.5)).toBe(1000);
		expect(backoffDelay(1, () => 0)).toBe(0);
		expect(backoffDelay(20, () => 0.999)).toBeLessThan(20_000);
	});

	test('a retry waits what the service asked, and stops at the attempts, the deadline or a too-long pause', () => {
		const start = 1_000_000;
		expect(decideRetry(1, start, start, 2000)).toEqual({ retry: true, waitMs: 2000 });
		expect(decideRetry(MAX_ATTEMPTS, start, start, 0)).toEqual({ retry: false, waitMs: 0 });
		expect(decideRetry(1, start, start + RETRY_DEADLINE_MS - 500, 1000).retry).toBe(false);
		expect(decideRetry(1, start, start, 3_600_000)).toEqual({ retry: false, waitMs: 3_600_000 });
		const backedOff = decideRetry(2, start, start, undefined);
		expect(backedOff.retry).toBe(true);
		expect(backedOff.waitMs).toBeLessThan(1000);
	});
});
