import type { ResourceLanguage } from 'i18next';
import type { LanguageCode } from './languages';

type Strings = Record<string, unknown>;

/**
 * Namespaces every page needs (header, footer, UI kit, storage messages). Their English
 * ships inside the first load; every other namespace's English comes with the code that
 * uses it (loadStrings), and every other language is its own small chunk fetched when
 * needed (from the network or the service worker's precache). See docs/decisions.md D-004.
 */
export const CORE_NAMESPACES = ['common', 'ui', 'storage'] as const;

const coreSource = import.meta.glob<Strings>('/locales/en-GB/{common,ui,storage}.json', {
	eager: true,
	import: 'default'
});
const lazy = import.meta.glob<Strings>(['/locales/*/*.json', '!/locales/en-GB/*.json'], {
	import: 'default'
});

function parsePath(path: string): { language: string; namespace: string } {
	const [, , language = '', file = ''] = path.split('/');
	return { language, namespace: file.replace(/\.json$/, '') };
}

/** The English strings of the core namespaces, ready for i18next's `resources` option. */
export function coreSourceResources(): ResourceLanguage {
	const language: ResourceLanguage = {};
	for (const [path, strings] of Object.entries(coreSource)) {
		language[parsePath(path).namespace] = strings;
	}
	return language;
}

/** Loads one namespace of one language; undefined when there is no such file. */
export async function loadNamespace(
	code: LanguageCode,
	namespace: string
): Promise<Strings | undefined> {
	const eager = coreSource[`/locales/${code}/${namespace}.json`];
	if (eager) return eager;
	return lazy[`/locales/${code}/${namespace}.json`]?.();
}
