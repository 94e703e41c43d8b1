/**
 * Moves a page's stylesheets ahead of its script preloads, for `resolve(event, {
 * transformPageChunk })`. SvelteKit writes the preloads first, so on HTTP/1.1 the first six
 * requests were scripts and the stylesheet waited for a free connection — yet the page can
 * neither paint nor start its scripts before the stylesheet is in (a script after a
 * stylesheet waits for it). On mobile data that put a whole round trip before the first
 * question (D-037). Disabled stylesheets (inlined ones SvelteKit still lists) stay put.
 */
const ENABLED_STYLESHEET = /[ \t]*<link\b(?![^>]*\bdisabled\b)[^>]*\brel="stylesheet"[^>]*>\n?/g;
const FIRST_PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*>/;

export function stylesheetsFirst({ html }: { html: string }): string {
	const preload = FIRST_PRELOAD.exec(html);
	if (!preload) return html;
	const headEnd = html.indexOf('</head>', preload.index);
	const end = headEnd === -1 ? html.length : headEnd;
	const before = html.slice(0, preload.index);
	const rest = html.slice(preload.index, end);
	const moved = [...rest.matchAll(ENABLED_STYLESHEET)].map((match) => match[0].trim());
	if (moved.length === 0) return html;
	const indent = /[ \t]*$/.exec(before)?.[0] ?? '';
	return (
		before +
		moved.map((link) => `${link}\n${indent}`).join('') +
		rest.replace(ENABLED_STYLESHEET, '') +
		html.slice(end)
	);
}
