/**
 * n8n's rules for community packages, configured as n8n's gate `@n8n/scan-community-package` lints a
 * package before the Community Nodes panel offers it: `@n8n/eslint-plugin-community-nodes`' recommended
 * rules, the package.json, credential and node rule sets of `eslint-plugin-n8n-nodes-base` with the gate's
 * own exceptions, no console output, and no inline `eslint-disable` honoured. The gate runs these rules
 * twice, on the sources and on the JavaScript of the published tarball: `npm run lint` does both, the
 * second through scripts/lint-tarball.mjs with `scanConfig` below.
 */
import tsParser from '@typescript-eslint/parser';
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';

/**
 * The one exception: the XML services' answers are read and their requests written with fast-xml-parser,
 * which n8n does not provide to community packages (n8n-workflow is the only peer dependency they may
 * count on), so the package depends on it at run time and imports it. n8n's gate rejects any runtime
 * dependency, so as long as this stands the package cannot be verified for n8n Cloud; bundling the
 * parser into dist/ would lift that.
 */
const ALLOWED_RUNTIME_DEPENDENCIES = ['fast-xml-parser'];

const isAllowed = (name) => ALLOWED_RUNTIME_DEPENDENCIES.includes(name);

/** `fast-xml-parser/src/x` and `@scope/name/x` → the package's name. */
const packageOf = (modulePath) => modulePath.split('/').slice(0, modulePath.startsWith('@') ? 2 : 1).join('/');

/**
 * n8n's rule unchanged (its rules take no options), except that a report about allowed packages only
 * is dropped: `namesIn` reads from a report the packages it is about.
 */
const allowingDependencies = (ruleName, namesIn) => {
	const rule = n8nCommunityNodesPlugin.rules[ruleName];
	return {
		meta: rule.meta,
		create(context) {
			const report = (descriptor) => {
				if (!namesIn(descriptor).every(isAllowed)) context.report(descriptor);
			};
			return rule.create(Object.create(context, { report: { value: report } }));
		},
	};
};

/** n8n's plugin with its two rules on dependencies allowing fast-xml-parser, under n8n's own rule names. */
const communityNodes = {
	...n8nCommunityNodesPlugin,
	rules: {
		...n8nCommunityNodesPlugin.rules,
		// Reported on package.json's whole `dependencies` property.
		'no-runtime-dependencies': allowingDependencies('no-runtime-dependencies', ({ node }) =>
			node.value.type === 'ObjectExpression' ? node.value.properties.map((property) => property.key.value) : [],
		),
		// Reported per import, require or dynamic import, naming the module path.
		'no-restricted-imports': allowingDependencies('no-restricted-imports', ({ data }) => [packageOf(data.modulePath)]),
	},
};

/** What the gate lints a package with, for any folder: the sources here, the unpacked tarball elsewhere. */
export const scanConfig = [
	{ ...n8nCommunityNodesPlugin.configs.recommended, plugins: { '@n8n/community-nodes': communityNodes } },
	{
		linterOptions: { noInlineConfig: true },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { 'no-console': 'error' },
	},
	{
		files: ['package.json'],
		rules: { ...n8nNodesBase.configs.community.rules },
	},
	{
		files: ['**/credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			// The gate's exceptions: the miscased rule is for n8n's own docs slugs, and the password
			// rule is superseded by the community plugin's credential-password-field.
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['**/nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			// The gate's exceptions: inputs and outputs may be NodeConnectionTypes values, and a
			// service's own maximum page size is a valid maxValue.
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	// package.json and the codex files are linted as the TypeScript parser reads JSON.
	{ files: ['**/*.json', '**/*.ts'], languageOptions: { parser: tsParser } },
];

/** `npm run lint` names its folders; a bare `eslint .` leaves out what is neither shipped nor source. */
export default [
	{ ignores: ['dist/**', 'build/**', 'coverage/**', 'demo-output/**', 'test/**', 'e2e/**', 'scripts/**'] },
	...scanConfig,
];
