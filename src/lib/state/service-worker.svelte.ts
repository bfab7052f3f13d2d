import { SKIP_WAITING_MESSAGE } from '$lib/core/offline';

/**
 * The app's service worker as the interface sees it: registered once, asked for a new version on
 * every navigation, and switched to that version only when the student says so (a reload in the
 * middle of a quiz is safe because drafts are saved, but it is still the student's call).
 */
export class ServiceWorkerState {
	#registration: ServiceWorkerRegistration | undefined;
	#reloading = false;
	updateReady = $state(false);

	async register(url: string): Promise<void> {
		if (!('serviceWorker' in navigator)) return;
		try {
			this.#registration = await navigator.serviceWorker.register(url, { type: 'classic' });
		} catch {
			return; // No offline support (e.g. a private window); the app works online as before.
		}
		const registration = this.#registration;
		// Some browsers (and blocked service workers) resolve without a registration.
		if (!registration) return;
		if (registration.waiting && navigator.serviceWorker.controller) this.updateReady = true;
		registration.addEventListener('updatefound', () => this.#watch(registration.installing));
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			if (this.#reloading) location.reload();
		});
	}

	/** Asks the server for a newer service worker; quietly does nothing offline. */
	checkForUpdate(): void {
		this.#registration?.update().catch(() => {});
	}

	applyUpdate(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) return location.reload();
		this.#reloading = true;
		waiting.postMessage(SKIP_WAITING_MESSAGE);
	}

	#watch(installing: ServiceWorker | null) {
		installing?.addEventListener('statechange', () => {
			// With no controller this is the first install, not an update: nothing to announce.
			if (installing.state === 'installed' && navigator.serviceWorker.controller) {
				this.updateReady = true;
			}
		});
	}
}
