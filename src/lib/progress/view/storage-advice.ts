/** What the browser said about keeping this site's storage. */
export interface StorageStatus {
	/** True once the browser promised not to clear storage on its own; null when it cannot say. */
	persisted: boolean | null;
	/** Safari, or any browser on iOS/iPadOS (they all use Safari's engine and its storage rules). */
	safariLike: boolean;
	/** Opened as an installed app (home-screen), which Safari does not clear after 7 days. */
	installed: boolean;
}

/**
 * Loosely recognises Safari's engine from the user-agent string. It errs towards "yes": the only
 * cost of a wrong "yes" is advice to install the app and keep a backup.
 *
 * @example looksLikeSafari('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) … CriOS/120 …') // true
 */
export function looksLikeSafari(userAgent: string): boolean {
	if (/iPhone|iPad|iPod/.test(userAgent)) return true;
	return (
		/Safari\//.test(userAgent) && !/Chrome\/|Chromium\/|Edg\/|Firefox\/|Android/.test(userAgent)
	);
}

/**
 * One sentence on how safe progress is on this device, and whether to suggest installing the app
 * and downloading a backup.
 *
 * @example storageAdvice({ persisted: true, safariLike: false, installed: false }).atRisk // false
 */
export function storageAdvice(status: StorageStatus): { text: string; atRisk: boolean } {
	if (status.persisted === true) {
		return {
			text: 'Your browser has agreed to keep Lectern’s storage: it will not clear your progress on its own.',
			atRisk: false
		};
	}
	if (status.safariLike && !status.installed) {
		return {
			text: 'Safari may delete a site’s storage after 7 days without a visit. Add Lectern to your Home Screen (Share → Add to Home Screen) and download a backup now and then to keep your progress safe.',
			atRisk: true
		};
	}
	return {
		text: 'Your browser may clear this site’s storage when the device runs short of space. Installing Lectern as an app and downloading a backup now and then keeps your progress safe.',
		atRisk: true
	};
}
