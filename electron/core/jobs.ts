// The registry of running cancellable jobs (batch PDFs, CSV imports), so a cancel call (postings:cancel,
// candidates:import-cancel) can reach a job whose own call is still awaiting. Runs in plain Node, one per core.

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

  /** Asks a running job to stop at its next checkpoint (the next role, the next batch); false when no such job runs. */
  cancel(id: string): boolean {
    const job = this.running.get(id);
    if (!job) return false;
    job.cancelled = true;
    return true;
  }
}
