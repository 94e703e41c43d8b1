import type { Workbox } from 'workbox-window';

/**
 * The service worker's lifecycle as the page sees it. A new version never takes over by
 * itself: it waits until the person chooses to reload.
 */
class AppUpdate {
	/** A new version is installed and waiting. */
	isAvailable = $state(false);
	#workbox: Workbox | undefined;

	/** Registers the service worker (browser, production build only). */
	async register(url = '/service-worker.js'): Promise<void> {
		if (!('serviceWorker' in navigator) || this.#workbox) return;
		// Loaded only in the browser: the module is CommonJS to the server-side renderer.
		const { Workbox } = await import('workbox-window');
		const workbox = new Workbox(url);
		workbox.addEventListener('waiting', () => (this.isAvailable = true));
		this.#workbox = workbox;
		await workbox.register();
	}

	/** Asks the waiting version to take over; the page reloads when it has. */
	apply(): void {
		// Reload once the waiting version has taken control, and only then.
		navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
			once: true
		});
		this.#workbox?.messageSkipWaiting();
	}
}

export const appUpdate = new AppUpdate();
