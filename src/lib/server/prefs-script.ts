import prefsScript from '../../prefs.js?raw';

/** Where src/app.html takes the display-preferences script. */
export const PREFS_PLACEHOLDER = '%tend.prefs%';

/**
 * Writes src/prefs.js into a page, for `resolve(event, { transformPageChunk })`: linked, it
 * was one more request each page waited on before it could start (D-036). The CSP allows
 * exactly its text by hash (PREFS_SCRIPT_HASH in svelte.config.js).
 */
export function inlinePrefsScript({ html }: { html: string }): string {
	return html.replace(PREFS_PLACEHOLDER, () => `<script>${prefsScript}</script>`);
}
