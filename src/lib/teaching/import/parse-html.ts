/**
 * Makes a Document of an HTML string: the browser's DOMParser in the builder, jsdom in tests.
 * Readers take it as an argument, so the domain never touches the browser's globals.
 */
export type ParseHtml = (html: string) => Document;
