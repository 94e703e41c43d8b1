import type { Resource, ResourceLanguage } from 'i18next';
import { SOURCE_LANGUAGE, type LanguageCode } from './languages';

type Namespace = Record<string, unknown>;

// The source language ships inside the first load so text never waits on a fetch;
// every other language is its own set of chunks, fetched (or read from the precache)
// only when chosen.
const sourceFiles = import.meta.glob<Namespace>('/locales/en-GB/*.json', {
	eager: true,
	import: 'default'
});
const translatedFiles = import.meta.glob<Namespace>(['/locales/*/*.json', '!/locales/en-GB/*.json'], {
	import: 'default'
});

function parsePath(path: string): { language: string; namespace: string } {
	const [, , language = '', file = ''] = path.split('/');
	return { language, namespace: file.replace(/\.json$/, '') };
}

/** Every namespace of the source language, e.g. ['common', 'settings', …]. */
export const NAMESPACES: string[] = Object.keys(sourceFiles).map((path) => parsePath(path).namespace);

/** The source language's strings, ready for i18next's `resources` option. */
export function sourceResources(): Resource {
	const language: ResourceLanguage = {};
	for (const [path, strings] of Object.entries(sourceFiles)) {
		language[parsePath(path).namespace] = strings;
	}
	return { [SOURCE_LANGUAGE]: language };
}

/** Loads all namespaces of one language. */
export async function loadLanguage(code: LanguageCode): Promise<ResourceLanguage> {
	if (code === SOURCE_LANGUAGE) return sourceResources()[SOURCE_LANGUAGE] as ResourceLanguage;
	const entries = Object.entries(translatedFiles).filter(([path]) => parsePath(path).language === code);
	const loaded = await Promise.all(
		entries.map(async ([path, load]) => [parsePath(path).namespace, await load()] as const)
	);
	return Object.fromEntries(loaded);
}
