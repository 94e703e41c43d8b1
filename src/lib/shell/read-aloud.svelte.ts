import { chunkText, pickVoice } from './read-aloud';

/** Reads the page's main content aloud with the Web Speech API. */
class ReadAloud {
	isSpeaking = $state(false);
	/** Set when the device has no voice for the language: the page says so. */
	hasNoVoice = $state(false);

	get isSupported(): boolean {
		return typeof window !== 'undefined' && 'speechSynthesis' in window;
	}

	/** Speaks the text of `element` in `language`, replacing anything already being read. */
	start(element: HTMLElement, language: string): void {
		if (!this.isSupported) return;
		const synth = window.speechSynthesis;
		synth.cancel();
		const voice = pickVoice(synth.getVoices(), language);
		this.hasNoVoice = !voice && synth.getVoices().length > 0;
		const chunks = chunkText(element.innerText);
		chunks.forEach((chunk, index) => {
			const utterance = new SpeechSynthesisUtterance(chunk);
			utterance.lang = language;
			if (voice) utterance.voice = voice;
			if (index === chunks.length - 1) utterance.onend = () => (this.isSpeaking = false);
			utterance.onerror = () => (this.isSpeaking = false);
			synth.speak(utterance);
		});
		this.isSpeaking = chunks.length > 0;
	}

	stop(): void {
		if (this.isSupported) window.speechSynthesis.cancel();
		this.isSpeaking = false;
	}
}

export const readAloud = new ReadAloud();
