/**
 * Departments (the account's seller companies, `/departments.json`). The account starts with its main
 * department (id 1). Update takes JSON, or multipart with the file field `department[logo]` (API page).
 */
import { isBlank, nullColumns, permit, withoutBlanks } from './attributes';
import { crudEndpoints } from './crud';
import type { ResourceDefinition } from './crud';
import { BLANK, businessError, FieldErrors, INVALID } from './errors';
import type { Attributes } from './params';
import { UploadedFile } from './params';
import type { DepartmentRecord, Store } from './store';

const DEPARTMENT_FIELDS: readonly string[] = [
	'name',
	'shortcut',
	'tax_no',
	'register_number',
	'street',
	'post_code',
	'city',
	'country',
	'email',
	'phone',
	'www',
	'fax',
	'bank',
	'bank_account',
	'person',
];

export function mainDepartment(store: Store): DepartmentRecord | undefined {
	return store.departments.all().find((department) => department.main);
}

/** INFERRED: the stored logo is served from a Paperclip-style path; only its address is part of the API. */
function attachLogo(store: Store, department: DepartmentRecord, logo: UploadedFile): void {
	store.logos.set(department.id, logo);
	department.logo_url = `${store.baseUrl}/system/logos/${department.id}/${encodeURIComponent(logo.fileName)}`;
}

/** A `logo` must be an uploaded file: JSON cannot carry one. */
function readLogo(input: Attributes, errors: FieldErrors): UploadedFile | undefined {
	if (!('logo' in input)) return undefined;
	if (input.logo instanceof UploadedFile) return input.logo;
	errors.add('logo', INVALID);
	return undefined;
}

export function createDepartment(store: Store, input: Attributes): DepartmentRecord {
	const errors = new FieldErrors();
	const given = withoutBlanks(permit(input, DEPARTMENT_FIELDS));
	if (isBlank(given.name)) errors.add('name', BLANK);
	const logo = readLogo(input, errors);
	errors.throwIfAny();
	const now = store.now();
	const department = store.departments.insert({
		...nullColumns(DEPARTMENT_FIELDS),
		...given,
		id: store.departments.allocateId(),
		name: String(given.name),
		main: false,
		logo_url: null,
		created_at: now,
		updated_at: now,
	});
	if (logo !== undefined) attachLogo(store, department, logo);
	return department;
}

function updateDepartment(store: Store, department: DepartmentRecord, input: Attributes): void {
	const errors = new FieldErrors();
	const changes = permit(input, DEPARTMENT_FIELDS);
	if ('name' in changes && isBlank(changes.name)) errors.add('name', BLANK);
	const logo = readLogo(input, errors);
	errors.throwIfAny();
	Object.assign(department, changes, { updated_at: store.now() });
	if (logo !== undefined) attachLogo(store, department, logo);
}

const departments: ResourceDefinition<DepartmentRecord> = {
	collection: '/departments',
	wrapper: 'department',
	table: (store) => store.departments,
	create: createDepartment,
	update: updateDepartment,
	multipart: true,
	// INFERRED: the main department carries the account's own data and cannot be removed.
	remove: (_store, department) => {
		if (department.main) throw businessError(422, 'The main department cannot be deleted');
	},
};

export const departmentEndpoints = Object.values(crudEndpoints(departments));
