import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config, { PREFS_SCRIPT_HASH } from '../../../svelte.config.js';
import { inlinePrefsScript, PREFS_PLACEHOLDER } from './prefs-script';

const template = readFileSync('src/app.html', 'utf8');

/** The text of each inline script in `html`. */
const inlineScripts = (html: string) =>
	[...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');

describe('inlinePrefsScript', () => {
	it('writes src/prefs.js into the page template, once, in the head', () => {
		expect(template.split(PREFS_PLACEHOLDER)).toHaveLength(2);
		const page = inlinePrefsScript({ html: template });
		expect(page).not.toContain(PREFS_PLACEHOLDER);
		expect(inlineScripts(page)).toEqual([readFileSync('src/prefs.js', 'utf8')]);
		expect(page.indexOf('<script>')).toBeLessThan(page.indexOf('</head>'));
	});

	it('leaves a page without the placeholder alone', () => {
		expect(inlinePrefsScript({ html: '<p>100% sure</p>' })).toBe('<p>100% sure</p>');
	});

	it('writes a script the Content Security Policy allows by its hash, and only that', () => {
		const [script = ''] = inlineScripts(inlinePrefsScript({ html: template }));
		const hash = `sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}`;
		expect(PREFS_SCRIPT_HASH).toBe(hash);
		expect(config.kit?.csp?.directives?.['script-src']).toEqual(['self', hash]);
	});
});
