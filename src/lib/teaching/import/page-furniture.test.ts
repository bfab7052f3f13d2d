import { describe, expect, it } from 'vitest';
import { furnitureAround } from './page-furniture';
import { bodyOf } from './testing/jsdom';

/** What the element with id "it" is, in a page made of `html`. */
const furnitureOfIt = (html: string) => {
	const element = bodyOf(html).querySelector('#it');
	if (!element) throw new Error('no #it in the test page');
	return furnitureAround(element);
};

describe('furnitureAround', () => {
	it('goes by one word of a class at a time: "ad-slot" is an advert, "shadow" and "header" are not', () => {
		expect(furnitureOfIt('<div class="ad-slot"><p id="it">Buy</p></div>')).toBe('Advertisements');
		expect(furnitureOfIt('<div class="shadow loaded"><p id="it">Text</p></div>')).toBeUndefined();
		expect(furnitureOfIt('<div class="headline"><p id="it">Text</p></div>')).toBeUndefined();
	});

	it('calls a cookie banner a cookie notice, not an advert', () => {
		expect(furnitureOfIt('<div class="cookie-banner"><p id="it">We use cookies</p></div>')).toBe(
			'Cookie notice'
		);
	});

	it('prefers a box’s name to a nearer tag: a form in a newsletter box is the newsletter', () => {
		expect(
			furnitureOfIt('<div class="newsletter"><form><label id="it">Email</label></form></div>')
		).toBe('Newsletter sign-up');
	});

	it('goes by tag and role when no name tells', () => {
		expect(furnitureOfIt('<nav><a id="it">Home</a></nav>')).toBe('Navigation');
		expect(furnitureOfIt('<div role="contentinfo"><p id="it">©</p></div>')).toBe('Page footer');
	});

	it('does not call the article’s own header the page header', () => {
		expect(
			furnitureOfIt('<article><header><p id="it">News</p></header></article>')
		).toBeUndefined();
		expect(furnitureOfIt('<header><p id="it">The Courier</p></header>')).toBe('Page header');
	});
});
