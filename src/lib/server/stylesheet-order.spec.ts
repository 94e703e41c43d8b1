import { describe, expect, it } from 'vitest';
import { stylesheetsFirst } from './stylesheet-order';

// The head as SvelteKit writes it: preloads, the page's own head, then stylesheets.
const head = [
	'<head>',
	'\t\t<title>Tend</title>',
	'\t\t<link href="../_app/immutable/entry/start.js" rel="modulepreload">',
	'\t\t<link href="../_app/immutable/chunks/core.js" rel="modulepreload">',
	'\t\t<style>.x{color:red}</style>',
	'\t\t<link href="../_app/immutable/assets/core.css" rel="stylesheet">',
	'\t\t<link href="../_app/immutable/assets/small.css" rel="stylesheet" disabled media="(max-width: 0)">',
	'\t</head>',
	'<body><link href="elsewhere.css" rel="stylesheet"></body>'
].join('\n');

const order = (html: string) =>
	[...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]?.split('/').pop());

describe('stylesheetsFirst', () => {
	it('moves the enabled stylesheets in the head ahead of its first script preload, the rest in order', () => {
		const page = stylesheetsFirst({ html: head });
		expect(order(page)).toEqual(['core.css', 'start.js', 'core.js', 'small.css', 'elsewhere.css']);
		expect(page).toContain(
			'\t\t<link href="../_app/immutable/assets/core.css" rel="stylesheet">\n\t\t<link href="../_app/immutable/entry/start.js"'
		);
		expect(page).toContain('<style>.x{color:red}</style>');
		expect(page.match(/rel="stylesheet"/g)).toHaveLength(3);
	});

	it('leaves a stylesheet SvelteKit lists disabled where it is', () => {
		const page = stylesheetsFirst({ html: head });
		expect(page.indexOf('small.css')).toBeGreaterThan(page.indexOf('core.js'));
	});

	it('leaves a page without script preloads, or without stylesheets after them, alone', () => {
		const noPreloads = '<head><link href="a.css" rel="stylesheet"></head>';
		expect(stylesheetsFirst({ html: noPreloads })).toBe(noPreloads);
		const alreadyFirst =
			'<link href="a.css" rel="stylesheet"><link href="a.js" rel="modulepreload">';
		expect(stylesheetsFirst({ html: alreadyFirst })).toBe(alreadyFirst);
	});
});
