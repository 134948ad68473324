import type { ResourceModule } from '../../../core/router';
import { correct } from './correct.operation';
import { create } from './create.operation';
import { download } from './download.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { sendByEmail } from './sendByEmail.operation';

/** Every invoice type iFirma issues: the type is chosen per operation, the fields follow it. */
export const invoice: ResourceModule = {
	name: 'Invoice',
	value: 'invoice',
	defaultOperation: 'create',
	operations: [create, get, getMany, download, sendByEmail, correct],
};
