import type { QuestionnairesView } from './overview-repo';

/** The Questionnaires page's view for a page or card; the database loads only on start(). */
export class QuestionnairesState {
	view = $state<QuestionnairesView | null>(null);
	#stop: (() => void) | undefined;
	#isStopped = false;

	/** Starts watching (once); call after the first screen, e.g. with whenIdle. */
	async start(): Promise<void> {
		if (this.#stop) return;
		const { watchQuestionnaires } = await import('./live');
		if (this.#stop || this.#isStopped) return;
		this.#stop = watchQuestionnaires((view) => (this.view = view));
	}

	stop(): void {
		this.#isStopped = true;
		this.#stop?.();
		this.#stop = undefined;
	}
}
