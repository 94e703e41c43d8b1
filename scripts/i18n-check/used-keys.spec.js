import { describe, expect, it } from 'vitest';
import { checkKeyUsage } from './key-usage.js';
import { findUsedKeys } from './used-keys.js';

const NAMESPACES = ['common', 'settings', 'storage', 'urgent', 'home'];

/**
 * Used keys of one file as `line key`.
 * @param {string} path
 * @param {string} source
 */
const usedIn = (path, source) =>
	findUsedKeys([{ path, source }], NAMESPACES).uses.map((use) => `${use.line} ${use.key}`);

describe('findUsedKeys', () => {
	it.each([
		['a t() call', 'a.ts', `t('settings:language.label')`, ['1 settings:language.label']],
		[
			'double quotes, backticks',
			'a.ts',
			'x("ui:a"); t("common:b"); t(`home:c`)',
			['1 common:b', '1 home:c']
		],
		[
			'keys in constants',
			'a.ts',
			`export const m = {\n\tquota: 'storage:errors.quota_exceeded'\n};`,
			['2 storage:errors.quota_exceeded']
		],
		['unknown namespaces outside t()', 'a.ts', `const a = 'tel:999'; const b = 'http://x'`, []],
		[
			'not keys: a space, a trailing dot, no key',
			'a.ts',
			`['common:a b', 'common:a.', 'common:']`,
			[]
		],
		['comments', 'a.ts', `// t('common:a')\n/* 'common:b' */\n/** ('common:c') */`, []],
		['a template with ${}', 'a.ts', 'const k = `common:${name}`', []],
		[
			'content JSON',
			'src/content/x.json',
			`{\n  "textKey": "urgent:emergency.flags.both_legs"\n}`,
			['2 urgent:emergency.flags.both_legs']
		]
	])('%s', (_name, path, source, expected) => {
		expect(usedIn(path, source)).toEqual(expected);
	});

	it('reads Svelte scripts, expressions and literal attribute values, not comments or text', () => {
		const source = [
			"<!-- Usage: <Title title={t('common:nope')} /> -->",
			'<script lang="ts">',
			"\tconst key = 'settings:title';",
			'</script>',
			"<h1>{t(key)} {t('settings:heading', { n: `${'common:inner'}` })}</h1>",
			'<Field labelKey="settings:name.label" class="common:not-a-key x" />',
			"<p>Don't say 'common:in_text' here</p>"
		].join('\n');
		expect(usedIn('A.svelte', source)).toEqual([
			'3 settings:title',
			'5 settings:heading',
			'5 common:inner',
			'6 settings:name.label'
		]);
	});

	it('holds literal t() arguments to the key rules', () => {
		const source = [
			"t('common:ok');",
			"t('plain_key');",
			"t('nowhere:key');",
			't(`common:${section}.title`);',
			"i18next.t('Hello there');",
			"format('no:rule'); at('not:t');"
		].join('\n');
		const { findings } = findUsedKeys([{ path: 'a.ts', source }], NAMESPACES);
		expect(findings.map((f) => `${f.line} ${f.message}`)).toEqual([
			'2 calls t() with "plain_key", which is not a fully qualified key ("namespace:key")',
			'3 uses unknown namespace "nowhere" in key "nowhere:key"',
			'4 builds a translation key at run time; use a literal key',
			'5 calls t() with "Hello there", which is not a fully qualified key ("namespace:key")'
		]);
	});
});

describe('checkKeyUsage', () => {
	const source = {
		home: {
			title: 'Home',
			items_zero: 'No notes',
			items_one: 'One note',
			items_other: '{{count}} notes',
			section: { a: 'A', b: 'B' }
		},
		broken: null
	};
	/**
	 * @param {string} key
	 * @param {number} [line]
	 */
	const use = (key, line = 1) => {
		const [namespace = '', path = ''] = key.split(':');
		return { key, namespace, path, file: 'src/a.svelte', line };
	};
	/** @param {import('./compare-locales.js').Finding[]} findings */
	const lines = (findings) =>
		findings.map((f) => `${f.file}${f.line === undefined ? ':' : `:${f.line}`} ${f.message}`);

	it('counts the plural base as using every form, and reports the unused rest', () => {
		expect(lines(checkKeyUsage(source, [use('home:items')]))).toEqual([
			'locales/en-GB/home.json: unused key "title"',
			'locales/en-GB/home.json: unused key "section.a"',
			'locales/en-GB/home.json: unused key "section.b"'
		]);
	});

	it('reports missing keys and keys that name a group', () => {
		const uses = [
			use('home:title'),
			use('home:items_one', 2),
			use('home:missing', 3),
			use('home:section', 4),
			use('home:section.a'),
			use('home:section.b'),
			use('broken:anything', 5)
		];
		expect(lines(checkKeyUsage(source, uses))).toEqual([
			'src/a.svelte:3 uses missing key "home:missing"',
			'src/a.svelte:4 uses "home:section", which is a group of keys, not a single string',
			'locales/en-GB/home.json: unused key "items_zero"',
			'locales/en-GB/home.json: unused key "items_other"'
		]);
	});
});
