import {
	importFile,
	importPastedHtml,
	importedFacts,
	importSummary,
	type ImportedArticle,
	type ImportResult
} from '$lib/teaching/import';

/** The browser's own HTML parser: scripts in the page never run, its pictures never load. */
const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * The builder's import of an article from a file or a paste: what is being read, what went wrong,
 * and what the last import left out and told about itself, for the teacher to check.
 */
export class ArticleImport {
	#busy = $state(false);
	#status = $state('');
	#problem = $state('');
	#dropped = $state<string[]>([]);
	#facts = $state<string[]>([]);

	get busy(): boolean {
		return this.#busy;
	}
	/** For a polite live region: "Reading “floods.html”…", then what came out of it. */
	get status(): string {
		return this.#status;
	}
	/** For an alert: why the file was not read, and what to do. */
	get problem(): string {
		return this.#problem;
	}
	/** What the last import left out, one line per kind ("Navigation (6): Home · News · …"). */
	get dropped(): readonly string[] {
		return this.#dropped;
	}
	/** Byline, date and address of the last import, which have no field of their own. */
	get facts(): readonly string[] {
		return this.#facts;
	}

	/** Reads a chosen or dropped file; undefined (with `problem` set) when it gave no article. */
	readFile(file: File): Promise<ImportedArticle | undefined> {
		const name = `“${file.name}”`;
		return this.#read(`Reading ${name}…`, name, () => importFile(file, parseHtml));
	}

	/**
	 * Reads pasted HTML as a web page; undefined when it held no article, and then the paste goes in
	 * as plain text, which is not a problem to announce.
	 */
	async readPastedHtml(html: string): Promise<ImportedArticle | undefined> {
		const article = await this.#read('Reading the pasted page…', 'the pasted page', () =>
			importPastedHtml(html, parseHtml)
		);
		if (!article && this.#problem) {
			this.#problem = '';
			this.#status = 'The pasted text was not read as a web page, so it was pasted as plain text.';
		}
		return article;
	}

	async #read(
		reading: string,
		name: string,
		importing: () => Promise<ImportResult>
	): Promise<ImportedArticle | undefined> {
		this.#busy = true;
		this.#status = reading;
		this.#problem = '';
		const result = await importing();
		this.#busy = false;
		if (!result.ok) {
			this.#status = '';
			this.#problem = result.errors.join(' ');
			return undefined;
		}
		const { value: article } = result;
		this.#dropped = article.dropped;
		this.#facts = importedFacts(article);
		this.#status = importSummary(name, article);
		return article;
	}
}
