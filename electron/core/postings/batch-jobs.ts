// The registry of running batch PDF jobs, so a postings:cancel call can reach a job whose
// postings:batch-pdf call is still awaiting. Runs in plain Node, one per core.

export interface BatchJob {
  readonly id: string;
  cancelled: boolean;
}

export class BatchJobs {
  private readonly running = new Map<string, BatchJob>();

  /** Registers a job; the same id twice at once is refused (the caller chose a duplicate). */
  start(id: string): BatchJob | null {
    if (this.running.has(id)) return null;
    const job: BatchJob = { id, cancelled: false };
    this.running.set(id, job);
    return job;
  }

  finish(id: string): void {
    this.running.delete(id);
  }

  /** Asks a running job to stop after the role it is on; false when no such job runs. */
  cancel(id: string): boolean {
    const job = this.running.get(id);
    if (!job) return false;
    job.cancelled = true;
    return true;
  }
}
