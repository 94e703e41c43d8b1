import { afterEach, describe, expect, it, vi } from 'vitest';
import { readPreferences } from './preferences.svelte';
import { PREFERENCES_KEY } from './types';

function device(saved: Record<string, string>, languages: string[]): void {
	vi.stubGlobal('localStorage', { getItem: (key: string) => saved[key] ?? null });
	vi.stubGlobal('navigator', { languages });
}

afterEach(() => vi.unstubAllGlobals());

// The questionnaire filler records a new draft's language from this before the UI has
// applied it (D-034), so it must say what the UI will show.
describe('readPreferences', () => {
	it('reads the language saved on this device before it is applied', () => {
		device({ [PREFERENCES_KEY]: JSON.stringify({ language: 'pl' }) }, ['en-GB']);
		expect(readPreferences().language).toBe('pl');
	});

	it("falls back to the browser's language when none was chosen, and to English for a bad one", () => {
		device({}, ['ur-PK', 'en-GB']);
		expect(readPreferences().language).toBe('ur');
		device({ [PREFERENCES_KEY]: '{"language":"xx"}' }, ['pl']);
		expect(readPreferences().language).toBe('en-GB');
	});
});
