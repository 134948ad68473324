/**
 * The asynchronous create and mark-paid (docs/services/infakt.md, Asynchronous tasks). A submit only records
 * the task; its work is done when a status poll finds it due: after `pollsToFinish` polls answered 100, then
 * 120 and 140, the next poll runs it and answers 201 (created, with `invoice_uuid`), 200 (paid) or 422.
 * While tasks are held they answer 140. Doing the work at that poll, not at submit, is INFERRED: it is what
 * makes a client that never polls see no invoice.
 */
import { randomUUID } from 'node:crypto';
import { isIsoDate } from '../common/dates';
import { InfaktError, MESSAGE, notFound } from './errors';
import { createInvoice, findInvoice } from './invoices';
import { timestamp } from './store';
import type { InfaktStore, Task, TaskKind, TaskOutcome } from './store';
import type { Input } from './values';

export interface TaskTiming {
	pollsToFinish: number;
	held: boolean;
}

/** Texts: 100 is documented ("Zlecenie przyjęte"); the others are INFERRED. */
const DESCRIPTIONS: Record<number, string> = {
	100: 'Zlecenie przyjęte',
	120: 'Zlecenie oczekuje na przetworzenie',
	140: 'Zlecenie w trakcie przetwarzania',
	200: 'Zlecenie wykonane',
	201: 'Faktura została utworzona',
	422: 'Zlecenie zakończone błędem',
};

export function submitTask(store: InfaktStore, kind: TaskKind, input: Input, invoiceUuid?: string): Task {
	const task: Task = { reference: randomUUID(), kind, polls: 0, input, invoiceUuid, createdAt: timestamp(store.today) };
	store.tasks.set(task.reference, task);
	return task;
}

/** What a submit answers (201, or 202 when the sandbox is told to answer as the docs say). */
export function acceptedBody(task: Task): Record<string, unknown> {
	return {
		invoice_task_reference_number: task.reference,
		processing_code: 100,
		processing_description: DESCRIPTIONS[100],
		timestamps: { task_created_at: task.createdAt },
	};
}

function runCreate(store: InfaktStore, task: Task): TaskOutcome {
	try {
		return { code: 201, invoiceUuid: createInvoice(store, task.input).uuid };
	} catch (error) {
		if (error instanceof InfaktError && 'errors' in error.body) return { code: 422, errors: error.body.errors };
		throw error;
	}
}

/** A paid task's failure is one plain sentence, not a field map (documented example). */
function runPaid(store: InfaktStore, task: Task): TaskOutcome {
	const invoice = store.invoices.get(task.invoiceUuid ?? '');
	if (invoice === undefined) return { code: 422, errors: MESSAGE.NOT_FOUND };
	if (invoice.paid_date !== null) return { code: 422, errors: MESSAGE.ALREADY_PAID };
	const paidDate = task.input.paid_date ?? store.today;
	if (!isIsoDate(paidDate)) return { code: 422, errors: MESSAGE.PAID_DATE_INVALID };
	if (paidDate < invoice.invoice_date) return { code: 422, errors: MESSAGE.PAID_BEFORE_ISSUE };
	store.invoices.set(invoice.uuid, { ...invoice, status: 'paid', paid_date: paidDate, paid_price: invoice.gross_price, left_to_pay: 0 });
	return { code: 200, invoiceUuid: invoice.uuid };
}

function pendingCode(task: Task, timing: TaskTiming): number | undefined {
	if (timing.held) return 140;
	if (task.polls > timing.pollsToFinish) return undefined;
	if (task.polls === 1) return 100;
	return task.polls === timing.pollsToFinish ? 140 : 120;
}

export function pollTask(store: InfaktStore, reference: string, timing: TaskTiming): Record<string, unknown> {
	const task = store.tasks.get(reference) ?? notFound();
	task.polls += 1;
	if (task.outcome === undefined) {
		const code = pendingCode(task, timing);
		if (code !== undefined) return { invoice_task_reference_number: reference, processing_code: code, processing_description: DESCRIPTIONS[code] };
		task.outcome = task.kind === 'create' ? runCreate(store, task) : runPaid(store, task);
	}
	const { code, invoiceUuid, errors } = task.outcome;
	return {
		invoice_task_reference_number: reference,
		processing_code: code,
		processing_description: DESCRIPTIONS[code],
		...(invoiceUuid === undefined ? {} : { invoice_uuid: invoiceUuid }),
		...(errors === undefined ? {} : { invoice_errors: errors }),
	};
}

/** INFERRED: an invoice with a mark-paid still in progress refuses changes with 423 Locked. */
export function assertUnlocked(store: InfaktStore, uuid: string): void {
	findInvoice(store, uuid);
	const busy = [...store.tasks.values()].some((task) => task.kind === 'paid' && task.invoiceUuid === uuid && task.outcome === undefined);
	if (busy) throw new InfaktError(423, { error: MESSAGE.LOCKED });
}
