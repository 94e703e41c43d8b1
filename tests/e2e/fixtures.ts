import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

/** The WCAG 2.2 AA rule sets every page and state must pass. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Fixtures {
	/** Runs axe over the page as it is now and fails on any violation. */
	checkA11y: (page?: Page) => Promise<void>;
	/** Every Content Security Policy violation logged in the test; must stay empty. */
	cspViolations: string[];
}

export const test = base.extend<Fixtures>({
	cspViolations: [
		async ({ context }, use) => {
			const violations: string[] = [];
			context.on('console', (message) => {
				const text = message.text();
				if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(text)) {
					violations.push(text);
				}
			});
			await use(violations);
			expect(violations, 'CSP violations logged during the test').toEqual([]);
		},
		{ auto: true }
	],
	checkA11y: async ({ page }, use) => {
		await use(async (target = page) => {
			const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
			const summary = results.violations.map(
				(violation) =>
					`${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
						.map((node) => node.target.join(' '))
						.join(', ')}`
			);
			expect(summary, `axe violations on ${target.url()}`).toEqual([]);
		});
	}
});

export { expect };
