import { afterEach, describe, expect, it, vi } from 'vitest';

// svelte.config.js builds the CSP from TEND_CONNECT_SRC when it is loaded.
async function connectSrcFor(value: string | undefined): Promise<unknown> {
	vi.resetModules();
	if (value === undefined) delete process.env.TEND_CONNECT_SRC;
	else process.env.TEND_CONNECT_SRC = value;
	const { default: config } = await import('../../../svelte.config.js');
	return config.kit?.csp?.directives?.['connect-src'];
}

const saved = process.env.TEND_CONNECT_SRC;
afterEach(() => {
	if (saved === undefined) delete process.env.TEND_CONNECT_SRC;
	else process.env.TEND_CONNECT_SRC = saved;
});

// Loading the config brings in the adapter and Vite's Svelte plugin: slow the first time.
describe('the CSP connect-src', { timeout: 30_000 }, () => {
	it('is the app’s own origin only, by default', async () => {
		expect(await connectSrcFor(undefined)).toEqual(['self']);
	});

	it('adds the origins in TEND_CONNECT_SRC', async () => {
		expect(await connectSrcFor('https://fhir.trust.nhs.uk https://enrol.trust.nhs.uk/')).toEqual([
			'self',
			'https://fhir.trust.nhs.uk',
			'https://enrol.trust.nhs.uk'
		]);
	});

	it('stops the build on an entry that is not an origin', async () => {
		await expect(connectSrcFor('https://fhir.trust.nhs.uk/fhir')).rejects.toThrow(
			'TEND_CONNECT_SRC'
		);
	});
});
