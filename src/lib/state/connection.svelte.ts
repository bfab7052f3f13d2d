/** Whether the browser believes it is online, kept current by its online/offline events. */
export class ConnectionState {
	online = $state(true);

	/** Starts listening; returns the function that stops. */
	listen(): () => void {
		const update = () => (this.online = navigator.onLine);
		update();
		addEventListener('online', update);
		addEventListener('offline', update);
		return () => {
			removeEventListener('online', update);
			removeEventListener('offline', update);
		};
	}
}
