import { operationProperty } from '../../core/fields/operations';
import type { Operation, ResourceDefinition } from '../../core/router';
import { ifirmaRequest } from '../transport';
import { payloadOf } from './document/common';

const getApiLimit: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const answer = await ifirmaRequest(ctx, 'GET', 'abonent/limit.json', { itemIndex });
		return { used: answer.LimitWykorzystany ?? null, granted: answer.LimitPrzyznany ?? null };
	},
};

const getAccountingMonth: Operation = {
	kind: 'read',
	async execute(ctx, itemIndex) {
		const answer = await ifirmaRequest(ctx, 'GET', 'abonent/miesiacksiegowy.json', { itemIndex });
		return { month: answer.MiesiacKsiegowy ?? null, year: answer.RokKsiegowy ?? null };
	},
};

/** Moves the open accounting month by one, as ifirma allows; documents must fall in the open month. */
const changeAccountingMonth: Operation = {
	kind: 'write',
	async execute(ctx, itemIndex) {
		const body = {
			MiesiacKsiegowy: ctx.getNodeParameter('direction', itemIndex) as string,
			PrzeniesDaneZPoprzedniegoRoku: ctx.getNodeParameter('carryOverData', itemIndex) as boolean,
		};
		const answer = await ifirmaRequest(ctx, 'PUT', 'abonent/miesiacksiegowy.json', { body, itemIndex });
		const { MiesiacKsiegowy: month, RokKsiegowy: year, ...rest } = payloadOf(answer);
		return { month: month ?? null, year: year ?? null, ...rest, message: answer.Informacja ?? null };
	},
};

const changeShow = { resource: ['account'], operation: ['changeAccountingMonth'] };

export const accountResource: ResourceDefinition = {
	description: [
		operationProperty(
			'account',
			[
				{ value: 'getApiLimit', name: 'Get API Limit', action: 'Get the API limit and its use' },
				{ value: 'getAccountingMonth', name: 'Get Accounting Month', action: 'Get the open accounting month' },
				{ value: 'changeAccountingMonth', name: 'Change Accounting Month', action: 'Move the open accounting month' },
			],
			'getApiLimit',
		),
		{
			displayName: 'Direction',
			name: 'direction',
			type: 'options',
			options: [
				{ name: 'Next Month', value: 'NAST' },
				{ name: 'Previous Month', value: 'POPRZ' },
			],
			default: 'NAST',
			description: 'One step per call, as ifirma moves the month',
			displayOptions: { show: changeShow },
		},
		{
			displayName: 'Carry Over Data From Previous Year',
			name: 'carryOverData',
			type: 'boolean',
			default: true,
			description: 'Whether to carry the previous year’s data over when the move starts a new year',
			displayOptions: { show: changeShow },
		},
	],
	operations: { getApiLimit, getAccountingMonth, changeAccountingMonth },
};
