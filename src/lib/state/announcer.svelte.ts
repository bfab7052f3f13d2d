/** The text of a page's polite live region, so screen readers hear each message once. */
export class Announcer {
	message = $state('');

	announce = (message: string): void => {
		// Clearing first makes screen readers repeat a message that is the same as the last one.
		this.message = '';
		requestAnimationFrame(() => (this.message = message));
	};
}
