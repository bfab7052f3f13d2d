import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import type { ParseHtml } from '../parse-html';

/** What the builder's DOMParser does, for tests in Node. */
export const parseHtml: ParseHtml = (html) => new JSDOM(html).window.document;

/** A page's `<body>` from a fragment of HTML. */
export const bodyOf = (html: string): HTMLElement => parseHtml(html).body;

/** A fixture made by scripts/make-import-fixtures.ts. */
export const fixture = (name: string): Buffer => readFileSync(`tests/fixtures/import/${name}`);
