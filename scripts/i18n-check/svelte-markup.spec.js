// The light reader must see the same text nodes and attribute values as Svelte's own
// parser. Svelte's compiler is the reference here; the checker itself never loads it.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';
import { walkFiles } from './check-repo.js';
import { findHardCodedStrings } from './hard-coded.js';
import { parseSvelte } from './svelte-markup.js';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..');

const TRICKY = `<!-- A component with the awkward parts of Svelte 5 syntax. -->
<script lang="ts" module>
	export const title = '<p>not markup</p>';
</script>
<script lang="ts">
	import { t } from '$lib/i18n/i18n.svelte';
	let { items, open = $bindable(false), ...rest }: Props = $props();
	const pattern = /[<{'"]/g;
	let label = $derived(\`\${items.length} \${t('ns:a')}\`);
</script>

<svelte:window onkeydown={(event) => { if (event.key === 'Escape') { open = false; } }} />
<svelte:head><title>{t('ns:title')}</title></svelte:head>

{#if items.length > 0 && open}
	<ul class="list {open ? 'open' : ''}" {...rest}>
		{#each items as item, index (item.id)}
			<li title="Item {index}" style:color={item.colour}>{item.name} – {index}</li>
		{/each}
	</ul>
{:else if items.length === 0}
	<p>Nothing {'}'} here</p>
{:else}
	Closed
{/if}
{#snippet row(cell: { text: string })}<td aria-label='Cell'>{cell.text}</td>{/snippet}
{@render row({ text: \`}\${'{'}\` })}
<button class:active={open} onclick={() => (open = !open)} disabled={items.length < 1}>
	Toggle
</button>
<input type="submit" value="Send {label}" bind:group={choice} />
<Field label="Name" hint={t('ns:b')} />
{#await Promise.resolve(1) then value}{value} loaded{:catch error}{error.message}{/await}
<p>{label.replace(pattern, '')} &amp; more</p>
<style>
	p::before { content: '{not text}'; }
</style>
`;

/**
 * Text nodes (start offsets, non-blank) and plain attributes from Svelte's own parser.
 * @param {string} source
 */
function fromCompiler(source) {
	const ast = parse(source, { modern: true });
	/** @type {number[]} */
	const texts = [];
	/** @type {string[]} */
	const attributes = [];
	/** @param {unknown} node */
	const walk = (node) => {
		if (Array.isArray(node)) return node.forEach(walk);
		if (!node || typeof node !== 'object') return;
		const n = /** @type {Record<string, any>} */ (node);
		if (n.type === 'Text' && /\S/.test(n.raw)) texts.push(n.start);
		// The reader sees the shorthand `{title}` as an expression, not as an attribute.
		const isShorthand = n.type === 'Attribute' && source[n.start] === '{';
		if (n.type === 'Attribute' && !isShorthand) {
			const parts = Array.isArray(n.value) ? n.value : [];
			const literal = parts
				.filter((part) => part.type === 'Text')
				.map((part) => part.raw)
				.join(' ');
			attributes.push(`${n.name}=${literal}`);
			return;
		}
		for (const [key, value] of Object.entries(n)) {
			if (!['expression', 'metadata', 'instance', 'module', 'css'].includes(key)) walk(value);
		}
	};
	walk(ast.fragment);
	return { texts, attributes };
}

/**
 * The same view from the light reader.
 * @param {string} source
 */
function fromReader(source) {
	const parts = parseSvelte(source);
	const texts = parts.texts
		.filter((range) => /\S/.test(source.slice(range.start, range.end)))
		.map((range) => range.start);
	const attributes = parts.elements
		.filter((element) => !['script', 'style'].includes(element.name))
		.flatMap((element) =>
			// Svelte keeps `<svelte:element this={…}>` apart from the attributes.
			element.attributes.filter(
				(attribute) => !(element.name === 'svelte:element' && attribute.name === 'this')
			)
		)
		.filter((attribute) => !attribute.name.includes(':'))
		.map((attribute) => {
			const literal = attribute.parts
				.filter((part) => part.kind === 'text')
				.map((part) => source.slice(part.start, part.end))
				.join(' ');
			return `${attribute.name}=${literal}`;
		});
	return { texts, attributes };
}

/** Components in the repository and in the fixtures that Svelte itself can parse. */
function corpus() {
	const files = [...walkFiles(join(repoRoot, 'src')), ...walkFiles(join(here, 'fixtures'))].filter(
		(file) => file.endsWith('.svelte')
	);
	return files.flatMap((file) => {
		const source = readFileSync(file, 'utf8');
		try {
			parse(source, { modern: true });
			return [[relative(repoRoot, file), source]];
		} catch {
			return [];
		}
	});
}

describe('parseSvelte agrees with the Svelte compiler', () => {
	it('on a component with awkward syntax', () => {
		const reader = fromReader(TRICKY);
		expect(reader).toEqual(fromCompiler(TRICKY));
		expect(findHardCodedStrings(TRICKY).map((item) => item.text)).toEqual([
			'Item',
			'Nothing',
			'here',
			'Closed',
			'Cell',
			'Toggle',
			'Send',
			'Name',
			'loaded',
			'&amp; more'
		]);
	});

	it.each(corpus())('on %s', (_path, source) => {
		expect(fromReader(source)).toEqual(fromCompiler(source));
	});
});
