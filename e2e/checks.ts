/**
 * One list of named checks for the whole run, so the summary shows every assertion, passed or not,
 * and a failure in one example does not hide the results of the others.
 */
export interface Check {
	group: string;
	name: string;
	ok: boolean;
	detail: string;
}

export class Checks {
	readonly all: Check[] = [];

	record(group: string, name: string, ok: boolean, detail = ''): boolean {
		this.all.push({ group, name, ok, detail });
		return ok;
	}

	/** `actual` holds every key of `expected` with an equal value; nested objects compare the same way. */
	matches(group: string, name: string, actual: unknown, expected: Record<string, unknown>): boolean {
		const mismatch = firstMismatch(actual, expected, '');
		const shown = Object.keys(expected)
			.map((key) => `${key}=${JSON.stringify(valueAt(actual, key))}`)
			.join(' ');
		return this.record(group, name, mismatch === undefined, mismatch ?? shown);
	}

	get failed(): Check[] {
		return this.all.filter((check) => !check.ok);
	}
}

function valueAt(value: unknown, key: string): unknown {
	return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

function firstMismatch(actual: unknown, expected: unknown, at: string): string | undefined {
	if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
		for (const [key, value] of Object.entries(expected)) {
			const found = firstMismatch(valueAt(actual, key), value, at ? `${at}.${key}` : key);
			if (found !== undefined) return found;
		}
		return undefined;
	}
	return JSON.stringify(actual) === JSON.stringify(expected)
		? undefined
		: `${at}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}
