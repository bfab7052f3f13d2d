import { flushSync, mount, unmount } from 'svelte';
import { worksheetSource, type PrintableModule } from '$lib/state/worksheet-source';
import Worksheet from './Worksheet.svelte';

/** The one worksheet in the document: printing again replaces it, so a print never holds two. */
let shown: ReturnType<typeof mount> | undefined;

/**
 * Puts the module's worksheet at the end of <body>, where only print shows it, opens the browser's
 * print dialog, and takes the worksheet away once the dialog closes (the page prints as itself
 * again). Loaded on the first press of Print, with the worksheet and its styles, so the pages pay
 * for a button only. Resolves to the message to show: empty once printed.
 */
export async function printWorksheet(
	printable: PrintableModule,
	withKey: boolean
): Promise<string> {
	const source = await worksheetSource(printable);
	if (!source) {
		return 'The questions could not be loaded, so the worksheet cannot be printed. Try again when you are online.';
	}
	removeWorksheet();
	shown = mount(Worksheet, { target: document.body, props: { source, withKey } });
	flushSync();
	window.addEventListener('afterprint', removeWorksheet, { once: true });
	window.print();
	return '';
}

function removeWorksheet(): void {
	if (shown) void unmount(shown);
	shown = undefined;
}
