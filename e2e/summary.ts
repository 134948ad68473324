/** The tables at the end of a run: every check with its values, where the time went, and n8n versions × result. */
import type { N8nApp } from './app';
import type { Check, Checks } from './checks';

export interface Timing {
	step: string;
	ms: number;
	note: string;
}

function table(rows: string[][]): string {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd()).join('\n');
}

function clip(text: string, max: number): string {
	const flat = text.replace(/\s+/g, ' ');
	return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export interface VersionResult {
	/** The app folder under `e2e/apps`. */
	folder: string;
	/** Undefined when the app could not be installed. */
	app?: N8nApp;
	checks: Checks;
	timings: Timing[];
}

export function printSummary(title: string, checks: Checks, timings: Timing[]): void {
	console.log(`\n=== ${title} ===`);
	const rows = [['', 'group', 'check', 'value'], ...checks.all.map((check: Check) => [check.ok ? '✓' : '✗', check.group, check.name, clip(check.detail, 110)])];
	console.log(`\n${table(rows)}`);
	const timingRows = [['step', 'seconds', ''], ...timings.map((timing) => [timing.step, (timing.ms / 1000).toFixed(1), timing.note])];
	const total = timings.reduce((sum, timing) => sum + timing.ms, 0);
	console.log(`\n${table(timingRows)}\ntotal ${(total / 1000).toFixed(1)} s`);
	const failed = checks.failed.length;
	console.log(`\n${checks.all.length - failed} of ${checks.all.length} checks passed${failed ? `; ${failed} FAILED` : ''}`);
}

export function printCompatibility(results: VersionResult[], screenshots: string | undefined): void {
	const rows = [
		['n8n', 'Node', 'checks', 'result'],
		...results.map(({ folder, app, checks }) => {
			const failed = checks.failed.length;
			return [app?.version ?? `${folder} (not installed)`, app?.nodeVersion ?? '', `${checks.all.length - failed}/${checks.all.length}`, failed ? 'FAILED' : 'passed'];
		}),
	];
	console.log(`\n=== compatibility ===\n${table(rows)}`);
	if (screenshots) console.log(`\nEditor screenshots: ${screenshots}`);
}
