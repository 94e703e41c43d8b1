import { describe, expect, it } from 'vitest';
import { findHardCodedStrings } from './hard-coded.js';
import { parseSvelte } from './svelte-markup.js';

/** @param {string} source */
const found = (source) =>
	findHardCodedStrings(source).map((item) =>
		item.kind === 'text'
			? `${item.line} text ${item.text}`
			: `${item.line} ${item.attribute} ${item.text}`
	);

describe('findHardCodedStrings: text', () => {
	it.each([
		['translated text', `<p>{t('ns:a')}</p>`, []],
		['plain text', `<p>Save</p>`, ['1 text Save']],
		['text beside an expression', `<p>{count} items</p>`, ['1 text items']],
		['non-Latin letters', `<p>حفظ</p>`, ['1 text حفظ']],
		['numbers and punctuation', `<p>999 · {a}/{b} – ( ) 1.5%</p>`, []],
		['character references for punctuation', `<p>&nbsp;&middot;&#8212;&#x2026;&rarr;</p>`, []],
		['a numeric reference to a letter', `<p>&#65;</p>`, ['1 text &#65;']],
		['an unknown named reference', `<p>&eacute;</p>`, ['1 text &eacute;']],
		['HTML comments', `<!-- Only a comment -->\n<p><!-- note --></p>`, []],
		[
			'script and style blocks',
			`<script>const a = '<p>Hi</p>';</script><style>p::before { content: 'Hi'; }</style>`,
			[]
		],
		['script with attributes', `<script lang="ts" module>let s = 'Hi';</script>`, []],
		['a less-than sign in text', `<p>{a} < {b}</p>`, []],
		['text on a later line', `<div>\n\n  Hello\n</div>`, ['3 text Hello']]
	])('%s', (_name, source, expected) => {
		expect(found(source)).toEqual(expected);
	});

	it('skips Svelte blocks, snippets, render tags and nested braces in expressions', () => {
		const source = [
			'{#if items.length > 0}',
			"\t{#each items as item, i (item.id)}<li>{item.name ?? '—'}</li>{/each}",
			"{:else if mode === 'x'}",
			"\t{@const label = `${t('ns:a')} {}`}",
			'\t{label}',
			'{:else}',
			"\t{@html '<b>'}",
			'{/if}',
			'{#snippet row(a: { name: string })}<td>{a.name}</td>{/snippet}',
			'{@render row({ name: "Ann" })}',
			'{#await load() then value}{value}{:catch e}{e.message}{/await}',
			"<button onclick={() => { if (open) { open = false; } else { open = '}'.length > 0; } }}>",
			"\t{t('ns:b')}",
			'</button>',
			"<a href={`/x/${id}?q=${encodeURIComponent('a b')}`} class=\"link {active ? 'on' : ''}\">",
			"\t{t('ns:c')}",
			'</a>',
			"<p>{s.replace(/[{}'\"]/g, '')}</p>"
		].join('\n');
		expect(found(source)).toEqual([]);
	});

	it('finds text after a tricky expression', () => {
		const source = "<p>{fn(\"}\", '{', `${'}'}`, /}/)} left over</p>";
		expect(found(source)).toEqual(['1 text left over']);
	});

	it('finds text inside blocks and snippets', () => {
		const source = '{#if a}\n\tYes\n{:else}\n\t<b>No</b>\n{/if}\n{#snippet s()}Hi{/snippet}';
		expect(found(source)).toEqual(['2 text Yes', '4 text No', '6 text Hi']);
	});
});

describe('findHardCodedStrings: attributes', () => {
	it.each([
		['aria-label', `<button aria-label="Close">x</button>`, ['1 aria-label Close', '1 text x']],
		['alt', `<img src="a.png" alt='A logo' />`, ['1 alt A logo']],
		['title, mixed with an expression', `<abbr title="Page {n}">{n}</abbr>`, ['1 title Page']],
		['placeholder', `<input placeholder="Search" />`, ['1 placeholder Search']],
		['aria-description', `<div aria-description="More"></div>`, ['1 aria-description More']],
		['label on a component', `<Field label="Name" />`, ['1 label Name']],
		['an unquoted value', `<img alt=Logo src=a.png>`, ['1 alt Logo']],
		['submit input value', `<input type="submit" value="Send" />`, ['1 value Send']],
		['a text input value is data', `<input type="text" value="Sam" />`, []],
		['expression values', `<img alt={t('ns:a')} title={\`x\`} />`, []],
		['an empty alt for decoration', `<img alt="" src="a.png" />`, []],
		[
			'non-visible attributes',
			`<a href="/help" class="link" data-x="Help" id="help">x</a>`,
			['1 text x']
		],
		['a greater-than sign in an expression', `<p hidden={a > b} title="Hi"></p>`, ['1 title Hi']]
	])('%s', (_name, source, expected) => {
		expect(found(source)).toEqual(expected);
	});

	it('reports the line of the attribute in a multi-line tag', () => {
		const source = '<Field\n\tid="name"\n\tlabel="Your name"\n/>';
		expect(found(source)).toEqual(['3 label Your name']);
	});
});

describe('findHardCodedStrings: the i18n-ignore comment', () => {
	it('exempts only the next line', () => {
		const source = '<!-- i18n-ignore -->\n<p>Tend</p>\n<p>Other</p>';
		expect(found(source)).toEqual(['3 text Other']);
	});

	it('accepts a reason and ignores attributes on the next line too', () => {
		const source = '<!-- i18n-ignore: brand name -->\n<img alt="Tend" src="a.png" />';
		expect(found(source)).toEqual([]);
	});

	it('does not exempt the same line or lines further on', () => {
		const source = '<p>Here</p><!-- i18n-ignore -->\n\n<p>Later</p>';
		expect(found(source)).toEqual(['1 text Here', '3 text Later']);
	});
});

describe('parseSvelte', () => {
	it('separates scripts, styles, elements and comments', () => {
		const source = [
			'<!-- c --><script lang="ts">let a = "s:x";</script>',
			'<div class="a" {...rest}>t</div><style>p{}</style>'
		].join('');
		const parts = parseSvelte(source);
		expect(parts.scripts.map((r) => source.slice(r.start, r.end))).toEqual(['let a = "s:x";']);
		expect(parts.styles.map((r) => source.slice(r.start, r.end))).toEqual(['p{}']);
		expect(parts.comments.map((r) => source.slice(r.start, r.end))).toEqual(['<!-- c -->']);
		expect(parts.elements.map((e) => [e.name, e.attributes.map((a) => a.name)])).toEqual([
			['script', ['lang']],
			['div', ['class']],
			['style', []]
		]);
		expect(parts.texts.map((r) => source.slice(r.start, r.end))).toEqual(['t']);
		expect(parts.strings.map((s) => s.value)).toEqual(['s:x']);
	});
});
