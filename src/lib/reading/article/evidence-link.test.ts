import { describe, expect, it } from 'vitest';
import { evidenceHash, parseEvidenceHash } from './evidence-link';

describe('evidence links', () => {
	it('links one sentence as a plain fragment so :target works', () => {
		expect(evidenceHash(['p4s2'])).toBe('#p4s2');
	});

	it('joins several sentences with ~ and reads them back in order', () => {
		expect(parseEvidenceHash(evidenceHash(['p4s2', 'p5s1']))).toEqual(['p4s2', 'p5s1']);
	});

	it('ignores anything in the hash that is not a sentence id', () => {
		expect(parseEvidenceHash('#main~p1s1~<script>~p2')).toEqual(['p1s1']);
	});

	it('reads a hash with a malformed % escape instead of throwing', () => {
		expect(parseEvidenceHash('#p1s1~p2s2%')).toEqual(['p1s1']);
		expect(parseEvidenceHash('#%E0%A4%A~p3s1')).toEqual(['p3s1']);
	});

	it('gives no fragment when there is no sentence to link', () => {
		expect(evidenceHash([])).toBe('');
		expect(evidenceHash(['nope'])).toBe('');
	});
});
