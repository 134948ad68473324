import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import { providerError, setOutcome } from '../../../core/errors';
import type { Task } from '../../mapping/task';
import { readTask, taskOutput, taskStatusPath } from '../../mapping/task';
import { SERVICE_NAME } from '../../mapping/codes';
import { infaktRequest } from '../../transport';

/** The first look comes at once; then the waits double from this… */
const FIRST_WAIT_MS = 250;
/** …up to this, so a slow task costs few requests of the 300 reads a minute. */
const LONGEST_WAIT_MS = 5000;

const NO_REFERENCE = 'its answer carried no task reference number';

/**
 * The task a submit queued. An answer without its reference cannot be followed, yet inFakt took the
 * request: what became of it is unknown, and saying so keeps it from being sent again blindly.
 */
export function submittedTask(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject): Task {
	const task = readTask(body);
	if (task !== undefined) return task;
	const error = new NodeOperationError(ctx.getNode(), `${SERVICE_NAME} accepted the request but ${NO_REFERENCE}; its outcome is unknown`, {
		itemIndex,
		description: `Look for it in ${SERVICE_NAME} before sending it again.`,
	});
	throw setOutcome(error, 'unknown');
}

export async function taskStatus(ctx: IExecuteFunctions, itemIndex: number, reference: string): Promise<Task> {
	const task = readTask(await infaktRequest(ctx, 'GET', taskStatusPath(reference), { itemIndex }));
	if (task === undefined) throw new Error(`${SERVICE_NAME}: the answer could not be read: ${NO_REFERENCE}`);
	return task;
}

/**
 * The status of a task inFakt has already accepted. If it cannot be read, the request still stands and may
 * yet be carried out: its outcome is unknown, never a failure that a user would send again.
 */
async function statusOfSubmitted(ctx: IExecuteFunctions, itemIndex: number, reference: string): Promise<Task> {
	try {
		return await taskStatus(ctx, itemIndex, reference);
	} catch (error) {
		const { message, description } = error as { message?: string; description?: string | null };
		const unknown = new NodeOperationError(ctx.getNode(), `${SERVICE_NAME} accepted the request as task ${reference}, but its status could not be read (${message ?? 'no reason given'}); its outcome is unknown`, {
			itemIndex,
			description: [`Check it with Get Creation Status and this task reference number, or look in ${SERVICE_NAME}, before sending it again.`, description].filter(Boolean).join(' '),
		});
		throw setOutcome(unknown, 'unknown');
	}
}

/**
 * Looks at the task until it has a result or `waitSeconds` have passed: it is never submitted again, so a
 * task still pending is returned as it stands.
 */
export async function followTask(ctx: IExecuteFunctions, itemIndex: number, submitted: Task, waitSeconds: number): Promise<Task> {
	const deadline = Date.now() + Math.max(0, waitSeconds) * 1000;
	let wait = FIRST_WAIT_MS;
	let task = submitted;
	while (task.state === 'pending') {
		task = await statusOfSubmitted(ctx, itemIndex, submitted.reference);
		const left = deadline - Date.now();
		if (task.state !== 'pending' || left <= 0) break;
		await sleep(Math.min(wait, left));
		wait = Math.min(wait * 2, LONGEST_WAIT_MS);
	}
	return task;
}

/** A failed task as an error in inFakt's words, its fields named as the node names them. */
export function taskFailure(ctx: IExecuteFunctions, itemIndex: number, task: Task, what: string): Error {
	return providerError(
		ctx.getNode(),
		{ message: task.errors ?? task.description ?? `${what} failed`, status: 422, hint: `inFakt refused ${what}: correct what is named above.` },
		{ service: SERVICE_NAME, itemIndex, secrets: [] },
	);
}

/**
 * A task that outlived the wait: what it is, and how to find out what became of it. `unfinished` says what
 * had not happened yet, `still` what may yet happen, `before` what not to do until it is checked.
 */
export function stillPending(task: Task, waitSeconds: number, wording: { unfinished: string; still: string; before: string }): IDataObject {
	const seconds = `${waitSeconds} second${waitSeconds === 1 ? '' : 's'}`;
	return {
		...taskOutput(task),
		message: `inFakt had not ${wording.unfinished} after ${seconds}. ${wording.still}: check it with Get Creation Status and this task reference number, or look in inFakt, before ${wording.before}.`,
	};
}
