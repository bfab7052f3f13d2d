import { describe, expect, it } from 'vitest';
import { announcement } from './announcement';
import { IDLE_STATE, type ReadAloudState } from './read-aloud-queue';

const speaking: ReadAloudState = { status: 'speaking', index: 0, currentId: 'p1s1', outcome: null };

describe('announcement', () => {
	it('announces starting, pausing and resuming', () => {
		expect(announcement('idle', speaking)).toBe('Reading aloud.');
		expect(announcement('speaking', { ...speaking, status: 'paused' })).toBe('Paused.');
		expect(announcement('paused', speaking)).toBe('Reading again.');
	});

	it('says why the reading ended', () => {
		expect(announcement('speaking', { ...IDLE_STATE, outcome: 'finished' })).toBe(
			'Finished reading.'
		);
		expect(announcement('paused', { ...IDLE_STATE, outcome: 'stopped' })).toBe('Stopped.');
		expect(announcement('speaking', { ...IDLE_STATE, outcome: 'failed' })).toMatch(/voice failed/);
	});

	it('says there is nothing to read when an empty text is started', () => {
		expect(announcement('idle', { ...IDLE_STATE, outcome: 'empty' })).toBe(
			'There is nothing to read.'
		);
	});

	it('says nothing when only the sentence changes', () => {
		expect(announcement('speaking', { ...speaking, currentId: 'p1s2' })).toBeUndefined();
	});
});
