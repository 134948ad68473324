/**
 * Faults every sandbox can be told to show: the answers a client meets on the way to a real service
 * (a proxy's error page, a Cloudflare block, a cut connection, a rate limit), injected per request so a
 * test can prove how a node behaves when the network or the service misbehaves. Nothing provider-specific here.
 */
import { randomBytes } from 'node:crypto';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { RecordedRequest } from './server';

export type Fault =
	| { kind: 'status'; status: number; headers?: Record<string, string>; body?: string | Buffer; contentType?: string }
	/** A generic HTML error or maintenance page, as a proxy or hosting panel answers; default status 200. */
	| { kind: 'html'; status?: number }
	/** Cloudflare's "Sorry, you have been blocked" page; default status 403. */
	| { kind: 'cloudflare'; status?: number }
	/** Zero bytes; default status 200 and `application/json`. */
	| { kind: 'empty'; status?: number; contentType?: string }
	/** A JSON content type over a body that is not JSON; default status 200. */
	| { kind: 'malformed'; status?: number }
	/** The service's answer cut to its first half, as a complete HTTP response: well-formed HTTP, broken JSON. */
	| { kind: 'truncated'; status?: number }
	| { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string }
	/** Waits, then the service answers as usual. */
	| { kind: 'delay'; ms: number }
	/** Never answers; the socket stays open until the client gives up or the server closes. */
	| { kind: 'noAnswer' }
	/** Destroys the socket without any answer. */
	| { kind: 'reset' }
	/** The service's status line and headers (with the full Content-Length) and half its body, then the socket is destroyed. */
	| { kind: 'resetMidBody' };

export interface FaultRule {
	/** Default: any method. */
	method?: string;
	/** A string is a prefix of the path without the query; a RegExp is tested against that path. Default: any path. */
	path?: string | RegExp;
	/** 1-based: the nth request matching this rule after it was added is the first to get the fault. Default 1. */
	nth?: number;
	/** How many consecutive matching requests from the nth on get the fault. Default 1; Infinity allowed. */
	times?: number;
	/**
	 * True: the service acts first (its handler runs and changes state, e.g. the invoice is created) and its
	 * answer is replaced by the fault. Default false: the handler never runs. `truncated`, `resetMidBody` and
	 * `delay` always run the handler, since they pass its answer on.
	 */
	act?: boolean;
	fault: Fault;
}

export interface InjectedFault {
	/** How many requests this rule answered. */
	readonly hits: number;
}

export interface RateLimit {
	requests: number;
	perMs: number;
}

export interface FaultControl {
	/**
	 * Every rule counts the requests its method and path match; of the rules due for a request, the first
	 * added answers it. Requests are still recorded in `requests` first.
	 */
	inject(rule: FaultRule): InjectedFault;
	/**
	 * A sliding window by arrival time, checked before the rules: a request over the limit is answered 429 with
	 * Retry-After and never reaches the service. Each call starts an empty window; undefined turns it off.
	 */
	rateLimit(limit: RateLimit | undefined): void;
	/** How many requests the rate limit answered 429, since the server started. */
	readonly rateLimited: number;
	/** Removes every rule and the rate limit. */
	clear(): void;
}

/** The service's own answer to one request, written to `res`; the fault layer decides whether and where it runs. */
export type Service = (res: ServerResponse) => Promise<void>;

export interface FaultLayer {
	control: FaultControl;
	answer(request: RecordedRequest, res: ServerResponse, serve: Service): Promise<void>;
	/** Drops pending delays, so no timer outlives the server. */
	close(): void;
}

interface ActiveRule {
	method: string | undefined;
	path: string | RegExp | undefined;
	first: number;
	last: number;
	act: boolean;
	fault: Fault;
	seen: number;
	hits: number;
}

interface RateWindow {
	limit: RateLimit;
	/** Arrival times of the requests let through, oldest first. */
	arrivals: number[];
}

interface Answer {
	status: number;
	headers: OutgoingHttpHeaders;
	body: Buffer;
}

const MALFORMED_JSON = '{"id": 1,, "number": }';

const HTML_PAGE = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Service temporarily unavailable</title></head>
<body>
<h1>Service temporarily unavailable</h1>
<p>The site is undergoing maintenance. Please try again later.</p>
</body>
</html>
`;

function activate(rule: FaultRule): ActiveRule {
	const nth = rule.nth ?? 1;
	const times = rule.times ?? 1;
	if (!Number.isInteger(nth) || nth < 1) throw new Error(`nth must be a whole number from 1, got ${nth}`);
	if (!(Number.isInteger(times) || times === Infinity) || times < 1) {
		throw new Error(`times must be a whole number from 1 or Infinity, got ${times}`);
	}
	return {
		method: rule.method?.toUpperCase(),
		path: rule.path,
		first: nth,
		last: nth + times - 1,
		act: rule.act ?? false,
		fault: rule.fault,
		seen: 0,
		hits: 0,
	};
}

function matches(rule: ActiveRule, request: RecordedRequest): boolean {
	if (rule.method !== undefined && rule.method !== request.method) return false;
	if (rule.path === undefined) return true;
	// `search` rather than `test`: a RegExp with the g flag would carry lastIndex from one request to the next.
	return typeof rule.path === 'string' ? request.path.startsWith(rule.path) : request.path.search(rule.path) !== -1;
}

/** Every matching rule counts the request, so a rule's nth does not depend on the rules added before it. */
function dueRule(rules: readonly ActiveRule[], request: RecordedRequest): ActiveRule | undefined {
	let due: ActiveRule | undefined;
	for (const rule of rules) {
		if (!matches(rule, request)) continue;
		rule.seen += 1;
		if (due === undefined && rule.seen >= rule.first && rule.seen <= rule.last) due = rule;
	}
	return due;
}

function checkLimit(limit: RateLimit): void {
	if (!Number.isInteger(limit.requests) || limit.requests < 1) {
		throw new Error(`requests must be a whole number from 1, got ${limit.requests}`);
	}
	if (!(limit.perMs > 0)) throw new Error(`perMs must be positive, got ${limit.perMs}`);
}

/** Seconds until the oldest arrival leaves the window, or undefined when the request is let through (and counted). */
function admit(rate: RateWindow, now: number): number | undefined {
	const { requests, perMs } = rate.limit;
	while (rate.arrivals.length > 0 && (rate.arrivals[0] as number) <= now - perMs) rate.arrivals.shift();
	if (rate.arrivals.length < requests) {
		rate.arrivals.push(now);
		return undefined;
	}
	const freesAt = (rate.arrivals[0] as number) + perMs;
	return Math.max(1, Math.ceil((freesAt - now) / 1000));
}

function send(res: ServerResponse, status: number, headers: OutgoingHttpHeaders, body: Buffer): void {
	res.writeHead(status, { ...headers, 'Content-Length': body.length });
	res.end(body);
}

function withoutContentLength(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
	return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-length'));
}

/**
 * Runs the service against a stand-in response that keeps what it writes. The handlers here answer through
 * `sendJson`/`sendBytes` or directly with `writeHead` then `end`, and the server's error path reads
 * `headersSent`; those are all the stand-in offers, so nothing can slip past it onto the wire.
 */
async function capture(serve: Service): Promise<Answer> {
	const answer: Answer = { status: 200, headers: {}, body: Buffer.alloc(0) };
	let headersSent = false;
	const target = {
		get headersSent() {
			return headersSent;
		},
		writeHead(status: number, headers: OutgoingHttpHeaders = {}) {
			answer.status = status;
			answer.headers = headers;
			headersSent = true;
			return target;
		},
		end(body?: string | Buffer) {
			if (body !== undefined) answer.body = Buffer.from(body);
			headersSent = true;
			return target;
		},
	};
	await serve(target as unknown as ServerResponse);
	return answer;
}

function half(body: Buffer): Buffer {
	return body.subarray(0, Math.floor(body.length / 2));
}

/** The block page Cloudflare serves when its firewall stops a request, trimmed of styling. */
function sendCloudflareBlock(res: ServerResponse, status: number): void {
	const ray = randomBytes(8).toString('hex');
	const page = `<!DOCTYPE html>
<html class="no-js" lang="en-US">
<head>
<title>Attention Required! | Cloudflare</title>
<meta charset="UTF-8" />
<meta name="robots" content="noindex, nofollow" />
</head>
<body>
<div id="cf-wrapper">
<div id="cf-error-details" class="cf-error-details-wrapper">
<div class="cf-wrapper cf-header cf-error-overview">
<h1 data-translate="block_headline">Sorry, you have been blocked</h1>
<h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable to access</span> this website</h2>
</div>
<div class="cf-section cf-wrapper">
<h2 data-translate="blocked_why_headline">Why have I been blocked?</h2>
<p data-translate="blocked_why_detail">This website is using a security service to protect itself from online attacks.</p>
</div>
<div class="cf-error-footer cf-wrapper">
<p><span class="cf-footer-item">Cloudflare Ray ID: <strong class="font-semibold">${ray}</strong></span></p>
</div>
</div>
</div>
</body>
</html>
`;
	send(
		res,
		status,
		{
			'Content-Type': 'text/html; charset=UTF-8',
			Server: 'cloudflare',
			'CF-RAY': `${ray}-WAW`,
			'Cache-Control': 'private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
			'X-Frame-Options': 'SAMEORIGIN',
		},
		Buffer.from(page, 'utf8'),
	);
}

/** Half the body after headers that promise all of it, then the connection is cut once that half is on the wire. */
function sendHalfThenReset(res: ServerResponse, answer: Answer): void {
	res.writeHead(answer.status, { ...withoutContentLength(answer.headers), 'Content-Length': answer.body.length });
	res.write(half(answer.body), () => res.destroy());
}

/** The faults that answer in place of the service, whether or not it acted first. */
type Replacement = Exclude<Fault, { kind: 'delay' | 'truncated' | 'resetMidBody' }>;

/** `noAnswer` leaves the socket open: the client gives up, or the server's close destroys it. */
function sendInstead(res: ServerResponse, fault: Replacement): void {
	switch (fault.kind) {
		case 'status': {
			const contentType = fault.contentType === undefined ? {} : { 'Content-Type': fault.contentType };
			return send(res, fault.status, { ...fault.headers, ...contentType }, Buffer.from(fault.body ?? ''));
		}
		case 'html':
			return send(res, fault.status ?? 200, { 'Content-Type': 'text/html; charset=utf-8' }, Buffer.from(HTML_PAGE));
		case 'cloudflare':
			return sendCloudflareBlock(res, fault.status ?? 403);
		case 'empty':
			return send(res, fault.status ?? 200, { 'Content-Type': fault.contentType ?? 'application/json' }, Buffer.alloc(0));
		case 'malformed':
			return send(res, fault.status ?? 200, { 'Content-Type': 'application/json; charset=utf-8' }, Buffer.from(MALFORMED_JSON));
		case 'redirect':
			return send(res, fault.status, { Location: fault.location }, Buffer.alloc(0));
		case 'noAnswer':
			return;
		case 'reset':
			return void res.destroy();
	}
}

export function createFaultLayer(): FaultLayer {
	let rules: ActiveRule[] = [];
	let rate: RateWindow | undefined;
	let rateLimited = 0;
	const delays = new Set<NodeJS.Timeout>();

	const sleep = (ms: number) =>
		new Promise<void>((resolve) => {
			const timer = setTimeout(() => {
				delays.delete(timer);
				resolve();
			}, ms);
			delays.add(timer);
		});

	const apply = async (rule: ActiveRule, res: ServerResponse, serve: Service): Promise<void> => {
		const { fault } = rule;
		switch (fault.kind) {
			case 'delay':
				await sleep(fault.ms);
				return serve(res);
			case 'truncated': {
				const answer = await capture(serve);
				return send(res, fault.status ?? answer.status, withoutContentLength(answer.headers), half(answer.body));
			}
			case 'resetMidBody':
				return sendHalfThenReset(res, await capture(serve));
			default:
				if (rule.act) await capture(serve);
				return sendInstead(res, fault);
		}
	};

	const control: FaultControl = {
		inject(rule) {
			const active = activate(rule);
			rules.push(active);
			return {
				get hits() {
					return active.hits;
				},
			};
		},
		rateLimit(limit) {
			if (limit !== undefined) checkLimit(limit);
			rate = limit === undefined ? undefined : { limit: { ...limit }, arrivals: [] };
		},
		get rateLimited() {
			return rateLimited;
		},
		clear() {
			rules = [];
			rate = undefined;
		},
	};

	return {
		control,
		async answer(request, res, serve) {
			const retryAfter = rate === undefined ? undefined : admit(rate, performance.now());
			if (retryAfter !== undefined) {
				rateLimited += 1;
				const body = Buffer.from(JSON.stringify({ status: 429, error: 'Too Many Requests' }), 'utf8');
				return send(res, 429, { 'Content-Type': 'application/json; charset=utf-8', 'Retry-After': String(retryAfter) }, body);
			}
			const rule = dueRule(rules, request);
			if (rule === undefined) return serve(res);
			rule.hits += 1;
			return apply(rule, res, serve);
		},
		close() {
			// A delayed request is left unanswered: its socket is closed with the server.
			for (const timer of delays) clearTimeout(timer);
			delays.clear();
		},
	};
}
