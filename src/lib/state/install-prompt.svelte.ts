/** Chrome's install offer; not in TypeScript's DOM types because only Chromium browsers have it. */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/**
 * Holds the browser's offer to install Lectern, so the interface can show its own button instead
 * of the browser's mini-infobar. Browsers without the offer (Safari, Firefox) never show the button.
 */
export class InstallPromptState {
	#event: BeforeInstallPromptEvent | undefined;
	available = $state(false);
	installed = $state(false);

	listen(): () => void {
		const offer = (event: Event) => {
			event.preventDefault();
			this.#event = event as BeforeInstallPromptEvent;
			this.available = true;
		};
		const done = () => {
			this.installed = true;
			this.available = false;
		};
		addEventListener('beforeinstallprompt', offer);
		addEventListener('appinstalled', done);
		return () => {
			removeEventListener('beforeinstallprompt', offer);
			removeEventListener('appinstalled', done);
		};
	}

	async install(): Promise<void> {
		const event = this.#event;
		if (!event) return;
		// The offer can be used only once; the browser sends a new one if the student declines.
		this.#event = undefined;
		this.available = false;
		await event.prompt();
		if ((await event.userChoice).outcome === 'accepted') this.installed = true;
	}
}
