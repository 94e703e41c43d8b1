import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_BUNDLE_ENTRIES } from './bundle';
import {
	BatchSizes,
	GROW_AFTER,
	learnBundleSize,
	nextBundleSize,
	splitRefused,
	type BundleSizing
} from './bundle-size';

const range = (count: number) => Array.from({ length: count }, (_, index) => index);

describe('nextBundleSize', () => {
	it.each<[string, BundleSizing | undefined, number]>([
		['nothing known: the full 50', undefined, 50],
		['a size learned', { size: 7, fullAccepted: 0 }, 7],
		['not yet enough full Bundles', { size: 7, fullAccepted: GROW_AFTER - 1 }, 7],
		['enough full Bundles: a probe twice as large', { size: 7, fullAccepted: GROW_AFTER }, 14],
		['a probe never past 50', { size: 40, fullAccepted: GROW_AFTER }, 50]
	])('%s', (_, sizing, size) => {
		expect(nextBundleSize(sizing)).toBe(size);
	});
});

describe('splitRefused', () => {
	it('halves a Bundle no larger than the known size, to find the refused record', () => {
		expect(splitRefused(range(7), { size: 7, fullAccepted: 0 })).toEqual([
			[0, 1, 2, 3],
			[4, 5, 6]
		]);
		expect(splitRefused(range(50), undefined).map((group) => group.length)).toEqual([25, 25]);
	});

	it('falls back to the known size after a refused probe, not to halves of it', () => {
		expect(
			splitRefused(range(14), { size: 8, fullAccepted: GROW_AFTER }).map((group) => group.length)
		).toEqual([8, 6]);
	});
});

describe('BatchSizes', () => {
	it('counts a refusal as about size only when none of its records was refused alone', () => {
		const sizes = new BatchSizes();
		sizes.refused(['a', 'b', 'c', 'd']);
		sizes.refused(['a', 'b']);
		sizes.refused(['c', 'd']);
		sizes.accepted(1, ['a']);
		sizes.accepted(1, []);
		sizes.accepted(2, []);
		expect(sizes.evidence()).toEqual({ accepted: [1, 1, 2], refusedWhole: [2] });
	});
});

describe('learnBundleSize', () => {
	it.each<[string, BundleSizing | undefined, Parameters<typeof learnBundleSize>[1], unknown]>([
		[
			'all accepted at 50: nothing stored',
			undefined,
			{ accepted: [50, 20], refusedWhole: [] },
			undefined
		],
		[
			'refused whole, then accepted in smaller Bundles: the largest that worked',
			undefined,
			{ accepted: [7, 6, 6, 6, 7, 6, 6, 6], refusedWhole: [50, 25, 25, 13, 12, 13, 12] },
			{ size: 7, fullAccepted: 0 }
		],
		[
			'only sizes below the smallest refused count',
			undefined,
			{ accepted: [20, 5], refusedWhole: [10] },
			{ size: 5, fullAccepted: 0 }
		],
		[
			'refused whole but nothing accepted yet: what was known stays',
			{ size: 9, fullAccepted: 3 },
			{ accepted: [], refusedWhole: [9] },
			{ size: 9, fullAccepted: 3 }
		],
		[
			'full Bundles accepted at the known size are counted',
			{ size: 8, fullAccepted: 3 },
			{ accepted: [8, 8, 2], refusedWhole: [] },
			{ size: 8, fullAccepted: 5 }
		],
		[
			'a probe accepted: the larger size, counted afresh',
			{ size: 8, fullAccepted: GROW_AFTER },
			{ accepted: [16, 16], refusedWhole: [] },
			{ size: 16, fullAccepted: 0 }
		],
		[
			'a probe accepted at 50: back to the default, nothing stored',
			{ size: 25, fullAccepted: GROW_AFTER },
			{ accepted: [50], refusedWhole: [] },
			undefined
		],
		[
			'a probe refused: the known size again, counted afresh',
			{ size: 8, fullAccepted: GROW_AFTER },
			{ accepted: [8, 8], refusedWhole: [16] },
			{ size: 8, fullAccepted: 0 }
		]
	])('%s', (_, sizing, evidence, learned) => {
		expect(learnBundleSize(sizing, evidence)).toEqual(learned);
	});

	it('returns the same object when nothing changes, so nothing is written', () => {
		const sizing = { size: 8, fullAccepted: 1 };
		expect(learnBundleSize(sizing, { accepted: [3], refusedWhole: [] })).toBe(sizing);
	});

	it('never remembers a size the service did not accept, nor more than 50 (property)', () => {
		fc.assert(
			fc.property(
				fc.option(
					fc.record({
						size: fc.integer({ min: 1, max: MAX_BUNDLE_ENTRIES - 1 }),
						fullAccepted: fc.nat(40)
					}),
					{ nil: undefined }
				),
				fc.array(fc.integer({ min: 1, max: MAX_BUNDLE_ENTRIES })),
				fc.array(fc.integer({ min: 2, max: MAX_BUNDLE_ENTRIES })),
				(sizing, accepted, refusedWhole) => {
					const learned = learnBundleSize(sizing, { accepted, refusedWhole });
					if (!learned) return;
					expect(learned.size).toBeLessThan(MAX_BUNDLE_ENTRIES);
					if (learned.size !== sizing?.size) expect(accepted).toContain(learned.size);
					if (refusedWhole.length > 0 && learned !== sizing)
						expect(learned.size).toBeLessThan(Math.min(...refusedWhole));
				}
			)
		);
	});
});
