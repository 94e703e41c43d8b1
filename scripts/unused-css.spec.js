import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postcss from 'postcss';
import { afterAll, describe, expect, it } from 'vitest';
import { classUse, requiredClasses, sourceWords, unusedClasses } from './unused-css.js';

const FILE = '/app/src/lib/ui/styles/tend.scss';
const isUsed = classUse(new Set(['nhsuk-button', 'nhsuk-list', 'nhsuk-tag--', 'tend-card']));

/** @param {string} css @param {string} [from] */
const trim = (css, from = FILE) =>
	postcss([unusedClasses({ file: FILE, isUsed })]).process(css, { from }).css;

describe('requiredClasses', () => {
	it('lists the classes a selector requires, escapes read', () => {
		expect(requiredClasses('.a .b > .c-d:hover')).toEqual(['a', 'b', 'c-d']);
		expect(requiredClasses('.nhsuk-button.\\:focus')).toEqual(['nhsuk-button', ':focus']);
		expect(requiredClasses('ul > li:last-child')).toEqual([]);
	});

	it('leaves out classes inside :not(), :is(), :where() and :has(), however nested', () => {
		expect(requiredClasses('.a:not(.b)')).toEqual(['a']);
		expect(requiredClasses('.a:is(.b, .c:not(.d)) .e')).toEqual(['a', 'e']);
		expect(requiredClasses(':where(.x) .y:has(> .z)')).toEqual(['y']);
	});
});

describe('classUse', () => {
	it('knows a class written as a word or begun by a word ending in a dash', () => {
		expect(isUsed('nhsuk-button')).toBe(true);
		expect(isUsed('nhsuk-tag--red')).toBe(true);
		expect(isUsed('nhsuk-hero')).toBe(false);
		expect(isUsed('nhsuk-button--secondary')).toBe(false);
	});
});

describe('unusedClasses', () => {
	it('drops rules for classes the source never names, and only those', () => {
		const css = [
			'.nhsuk-button{color:green}',
			'.nhsuk-hero{color:blue}',
			'.nhsuk-tag--red{color:red}',
			'ul>li:last-child{margin:0}',
			'.tend-card:not(.nhsuk-hero){padding:1px}',
			'.nhsuk-button.\\:focus{outline:0}'
		].join('');
		expect(trim(css)).toBe(
			'.nhsuk-button{color:green}.nhsuk-tag--red{color:red}ul>li:last-child{margin:0}' +
				'.tend-card:not(.nhsuk-hero){padding:1px}'
		);
	});

	it('keeps the used selectors of a list', () => {
		expect(trim('.nhsuk-hero, .nhsuk-list > li{margin:0}')).toBe('.nhsuk-list > li{margin:0}');
	});

	it('removes at-rules left empty, nested ones too, and leaves keyframes alone', () => {
		const css =
			'@media (min-width:1px){@supports (display:grid){.nhsuk-hero{color:red}}}' +
			'@keyframes spin{from{opacity:0}to{opacity:1}}';
		expect(trim(css)).toBe('@keyframes spin{from{opacity:0}to{opacity:1}}');
	});

	it('touches no other stylesheet: a component has scoped classes the source never names', () => {
		const css = '.nhsuk-hero.svelte-1abc{color:red}';
		expect(trim(css, '/app/src/lib/ui/Card.svelte')).toBe(css);
	});
});

describe('sourceWords', () => {
	const dir = mkdtempSync(join(tmpdir(), 'tend-unused-css-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('reads words from source files in nested folders, and no other files', () => {
		mkdirSync(join(dir, 'lib'));
		writeFileSync(join(dir, 'lib', 'Tag.svelte'), '<b class="nhsuk-tag nhsuk-tag--{colour}">');
		writeFileSync(join(dir, 'notes.md'), 'nhsuk-hero');
		const words = sourceWords([dir]);
		expect(words).toContain('nhsuk-tag');
		expect(words).toContain('nhsuk-tag--');
		expect(words).not.toContain('nhsuk-hero');
	});

	it('finds every class Tend writes into its page template', () => {
		const template = readFileSync('src/app.html', 'utf8');
		const words = sourceWords(['src']);
		for (const [, names = ''] of template.matchAll(/class="([^"]+)"/g))
			for (const name of names.split(/\s+/)) expect(words).toContain(name);
	});
});
