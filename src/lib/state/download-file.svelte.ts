/**
 * Saves `text` as a file through a temporary Blob link, the one way that works offline and in every
 * browser without a server.
 *
 * @example downloadText('lectern-progress-2026-03-01.json', progress.exportBackup(new Date()))
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Revoking at once can cancel the download in some browsers; a minute is plenty.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
