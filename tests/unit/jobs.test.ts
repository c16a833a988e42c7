// The running-jobs registry (electron/core/jobs.ts): a cancel reaches a job whether it runs or is still held
// while its request waits to start; a held job started later starts cancelled; ids are not shared. Runs in
// Vitest (Node).
import { describe, expect, it } from 'vitest';
import { BatchJobs } from '../../electron/core/jobs';

describe('BatchJobs', () => {
  it('cancels a running job, and says false for an id that is not running', () => {
    const jobs = new BatchJobs();
    const job = jobs.start('a');
    expect(jobs.cancel('a')).toBe(true);
    expect(job?.cancelled).toBe(true);
    expect(jobs.cancel('b')).toBe(false);
    jobs.finish('a');
    expect(jobs.cancel('a')).toBe(false);
  });

  it('a cancel while the request is held reaches the job it then starts', () => {
    const jobs = new BatchJobs();
    expect(jobs.reserve('a')).toBe(true);
    expect(jobs.reserve('a')).toBe(false);
    expect(jobs.cancel('a')).toBe(true);
    const job = jobs.start('a');
    expect(job?.cancelled).toBe(true);
    // Started, it is no longer held: letting go changes nothing, and the id is refused while it runs.
    jobs.release('a');
    expect(jobs.start('a')).toBeNull();
    expect(jobs.cancel('a')).toBe(true);
  });

  it('a held id that never started is let go', () => {
    const jobs = new BatchJobs();
    jobs.reserve('a');
    jobs.release('a');
    expect(jobs.cancel('a')).toBe(false);
    expect(jobs.start('a')?.cancelled).toBe(false);
  });
});
