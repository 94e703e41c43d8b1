/**
 * Merges the red flags a pain service adds for one person into the safe defaults.
 *
 * Invariant: service data can only add. Every default group keeps its heading, intro,
 * contacts and source, and every default flag stays, worded by its key and in its place,
 * before anything the service added. An extra whose id is already taken (by a default or an
 * earlier extra) is ignored, so it can never stand in for, reword or hide a default.
 * See: DOMAIN brief §3 ("the app ships a safe default list that is always available
 * offline"); issue "My care plan and flare-up support", Rules; hazard H-009.
 */
import type { ExtraRedFlag } from '$lib/careplan/types';
import { RED_FLAG_LEVELS, type RedFlagGroup, type ShownRedFlagGroup } from './types';

/**
 * The default groups with the service's extra red flags added at their level, in the order
 * given. Extras with an id already in use, an unknown level or no words are left out.
 * @param defaults - the shipped groups (defaultRedFlagGroups()); never changed.
 * @param extras - the care plan's `extraRedFlags`; may be empty.
 */
export function mergeRedFlags(
	defaults: readonly RedFlagGroup[],
	extras: readonly ExtraRedFlag[]
): ShownRedFlagGroup[] {
	const taken = new Set(defaults.flatMap((group) => group.flags.map((flag) => flag.id)));
	const added = new Map<string, ExtraRedFlag[]>();
	for (const extra of extras) {
		if (!isUsable(extra) || taken.has(extra.id)) continue;
		taken.add(extra.id);
		added.set(extra.level, [...(added.get(extra.level) ?? []), extra]);
	}
	return defaults.map((group) => ({
		...group,
		contacts: [...group.contacts],
		flags: [
			...group.flags.map((flag) => ({
				id: flag.id,
				origin: 'default' as const,
				textKey: flag.textKey
			})),
			...(added.get(group.level) ?? []).map((extra) => ({
				id: extra.id,
				origin: 'service' as const,
				text: extra.text
			}))
		]
	}));
}

// Plans are read back from IndexedDB without the schema library (D-012), so an extra is
// checked here too: a damaged one is dropped, and the defaults are shown regardless.
function isUsable(extra: ExtraRedFlag): boolean {
	return (
		typeof extra?.id === 'string' &&
		extra.id.length > 0 &&
		typeof extra.text === 'string' &&
		extra.text.trim().length > 0 &&
		(RED_FLAG_LEVELS as readonly string[]).includes(extra.level)
	);
}
