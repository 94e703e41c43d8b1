import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import content from '$content/flare/self-care.json';
import { SelfCareContentSchema } from './schema';
import { selfCareContent } from './self-care';

const english = JSON.parse(readFileSync('locales/en-GB/flare.json', 'utf8'));
const lookup = (key: string): unknown =>
	key
		.replace(/^flare:/, '')
		.split('.')
		.reduce<unknown>(
			(node, part) => (node as Record<string, unknown> | undefined)?.[part],
			english
		);

describe('general self-care steps for a flare-up', () => {
	it('content file matches its schema and names its source', () => {
		const result = SelfCareContentSchema.safeParse(content);
		expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
		expect(selfCareContent().source).toMatch(/DOMAIN brief §3/);
	});

	it('covers the first steps of a setback plan in the domain brief', () => {
		expect(selfCareContent().steps.map((step) => step.id)).toEqual([
			'pace',
			'break-up',
			'rest-rebuild',
			'heat-cold',
			'relax',
			'medicines',
			'ask-help'
		]);
	});

	it('has English wording for every step', () => {
		const { steps, reassuranceKey } = selfCareContent();
		for (const key of [...steps.map((step) => step.textKey), reassuranceKey]) {
			expect(lookup(key), key).toEqual(expect.any(String));
		}
	});
});
