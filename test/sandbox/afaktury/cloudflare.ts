/**
 * The Cloudflare front of afaktury.pl, as the third-party client observed it (docs/services/afaktury.md,
 * Bot protection): a request without a browser-like User-Agent, or one of a burst, gets a 403 HTML
 * "Just a moment..." challenge and never reaches the API. INFERRED: "browser-like" means the User-Agent
 * contains `Mozilla/`; the burst limit is off unless the sandbox is started with one.
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { sendBytes } from '../server';
import type { RecordedRequest } from '../server';

export interface Burst {
	requests: number;
	perMs: number;
}

function challengePage(ray: string): string {
	return `<!DOCTYPE html>
<html lang="en-US">
<head>
<title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="robots" content="noindex,nofollow">
</head>
<body>
<div class="main-wrapper" role="main">
<div class="main-content">
<h1 class="zone-name-title h1">afaktury.pl</h1>
<h2 class="h2">Verifying you are human. This may take a few seconds.</h2>
<noscript>Enable JavaScript and cookies to continue</noscript>
</div>
</div>
<script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1?ray=${ray}"></script>
<div class="footer">Ray ID: <code>${ray}</code> Performance &amp; security by Cloudflare</div>
</body>
</html>
`;
}

export function sendChallenge(res: ServerResponse): void {
	const ray = randomBytes(8).toString('hex');
	sendBytes(res, 403, 'text/html; charset=UTF-8', Buffer.from(challengePage(ray), 'utf8'), {
		Server: 'cloudflare',
		'CF-RAY': `${ray}-WAW`,
		'cf-mitigated': 'challenge',
		'Cache-Control': 'private, max-age=0, no-store, no-cache, must-revalidate, post-check=0, pre-check=0',
	});
}

export function isBrowserLike(request: RecordedRequest): boolean {
	return (request.headers['user-agent'] ?? '').includes('Mozilla/');
}

/**
 * A sliding window by arrival time. Every request counts, the challenged ones too, as a firewall counts
 * what reaches it; so a client that keeps hammering stays blocked.
 */
export function burstGuard(burst: Burst | undefined): () => boolean {
	const arrivals: number[] = [];
	return () => {
		if (burst === undefined) return false;
		const now = Date.now();
		while (arrivals.length > 0 && (arrivals[0] ?? now) <= now - burst.perMs) arrivals.shift();
		arrivals.push(now);
		return arrivals.length > burst.requests;
	};
}
