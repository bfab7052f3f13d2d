// PDF.js for the browser: the main build, parsing in its own worker so a long PDF never freezes the
// builder. Loaded only by readPdf's dynamic import; Node tests pass the legacy build instead.
import { getDocument, GlobalWorkerOptions } from 'pdfjs-dist';
// Built by Vite as a worker chunk: a .js file every static host serves as JavaScript (the package's
// own .mjs file is served as application/octet-stream by some, and a module worker then fails).
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?worker&url';

GlobalWorkerOptions.workerSrc = workerUrl;

export { getDocument };
