/**
 * Read-aloud helpers for the Web Speech API. Browsers cut off long utterances, so text is
 * spoken in sentence-sized pieces; voices are matched to the page language so Welsh is
 * never read with an English voice when a Welsh one exists.
 */

/** The fields of SpeechSynthesisVoice that matter here. */
export interface VoiceLike {
	lang: string;
	localService?: boolean;
	default?: boolean;
}

/**
 * Splits text into pieces of at most `maxLength` characters, breaking after sentence ends
 * (. ! ? । ۔ ؟) where possible and otherwise between words.
 */
export function chunkText(text: string, maxLength = 180): string[] {
	const sentences = text
		.replace(/\s+/g, ' ')
		.trim()
		.split(/(?<=[.!?\u0964\u06D4\u061F])\s+/u)
		.filter((sentence) => sentence.length > 0);
	const chunks: string[] = [];
	for (const sentence of sentences) {
		let rest = sentence;
		while (rest.length > maxLength) {
			const cut = rest.lastIndexOf(' ', maxLength);
			const at = cut > 0 ? cut : maxLength;
			chunks.push(rest.slice(0, at).trim());
			rest = rest.slice(at).trim();
		}
		if (rest) chunks.push(rest);
	}
	return chunks;
}

/**
 * The best voice for a language: exact tag, then same primary language; a voice on the
 * device beats a network one (it works offline). Undefined when none speaks it.
 */
export function pickVoice<V extends VoiceLike>(
	voices: readonly V[],
	language: string
): V | undefined {
	const wanted = language.toLowerCase();
	const primary = wanted.split('-')[0];
	const rank = (voice: V): number => {
		const lang = voice.lang.toLowerCase().replace('_', '-');
		const match = lang === wanted ? 2 : lang.split('-')[0] === primary ? 1 : 0;
		return match === 0 ? 0 : match * 4 + (voice.localService ? 2 : 0) + (voice.default ? 1 : 0);
	};
	const best = [...voices].sort((a, b) => rank(b) - rank(a))[0];
	return best && rank(best) > 0 ? best : undefined;
}
