import type { IDataObject } from 'n8n-workflow';

import { simpleText } from '../../core/canonical';
import { describeErrors } from './fields';

/**
 * Where an asynchronous task stands (docs/services/infakt.md, "Asynchronous tasks"): 100 accepted, 120
 * waiting, 140 processing, then 201 invoice created, 200 action done, or 422 failed.
 */
export type TaskState = 'pending' | 'created' | 'done' | 'failed';

export interface Task {
	reference: string;
	code: number;
	description: string | null;
	state: TaskState;
	invoiceUuid: string | null;
	/** The failure in plain words: field by field for a create, inFakt's own sentence for a payment. */
	errors: string | null;
}

function stateOf(code: number): TaskState {
	if (code === 201) return 'created';
	if (code === 200) return 'done';
	if (code === 422) return 'failed';
	// An unknown code is not a result: the task is still followed until it gives one or time runs out.
	return 'pending';
}

/** A task as the submit or the status URL answers it; undefined when the answer carries no task reference. */
export function readTask(body: IDataObject): Task | undefined {
	const reference = simpleText(body.invoice_task_reference_number);
	if (reference === null) return undefined;
	const code = Number(body.processing_code);
	return {
		reference,
		code,
		description: simpleText(body.processing_description),
		state: stateOf(code),
		invoiceUuid: simpleText(body.invoice_uuid),
		errors: describeErrors(body.invoice_errors) ?? null,
	};
}

export function taskStatusPath(reference: string): string {
	return `/async/invoices/status/${encodeURIComponent(reference)}.json`;
}

/** The task under the node's names, for Get Creation Status and for a task still pending. */
export function taskOutput(task: Task): IDataObject {
	return {
		taskReferenceNumber: task.reference,
		processingCode: task.code,
		processingDescription: task.description,
		state: task.state,
		pending: task.state === 'pending',
		invoiceId: task.invoiceUuid,
		...(task.errors !== null && { errors: task.errors }),
	};
}
