import { describe, expect, it } from 'vitest';
import { looksLikeSafari, storageAdvice } from './storage-advice';

const UA = {
	macSafari:
		'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
	iosChrome:
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/123.0 Mobile/15E148 Safari/604.1',
	chrome:
		'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
	android:
		'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36',
	firefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0'
};

describe('looksLikeSafari', () => {
	it('recognises Safari on a Mac and every browser on an iPhone', () => {
		expect(looksLikeSafari(UA.macSafari)).toBe(true);
		expect(looksLikeSafari(UA.iosChrome)).toBe(true);
	});

	it('does not take Chrome, Android or Firefox for Safari', () => {
		expect(looksLikeSafari(UA.chrome)).toBe(false);
		expect(looksLikeSafari(UA.android)).toBe(false);
		expect(looksLikeSafari(UA.firefox)).toBe(false);
	});
});

describe('storageAdvice', () => {
	it('reassures when the browser granted persistent storage', () => {
		const advice = storageAdvice({ persisted: true, safariLike: true, installed: false });
		expect(advice.atRisk).toBe(false);
	});

	it('warns Safari users of the 7-day rule and suggests installing', () => {
		const advice = storageAdvice({ persisted: false, safariLike: true, installed: false });
		expect(advice.atRisk).toBe(true);
		expect(advice.text).toContain('after 7 days without a visit');
		expect(advice.text).toContain('Home Screen');
	});

	it('gives the general advice to an installed Safari app, which the 7-day rule spares', () => {
		const advice = storageAdvice({ persisted: null, safariLike: true, installed: true });
		expect(advice.text).not.toContain('7 days');
		expect(advice.atRisk).toBe(true);
	});
});
