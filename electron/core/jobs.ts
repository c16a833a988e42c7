// The registry of running cancellable jobs (batch PDFs, CSV imports), so a cancel call (postings:cancel,
// candidates:import-cancel) can reach a job whose own call is still awaiting. Runs in plain Node, one per core.

export interface BatchJob {
  readonly id: string;
  cancelled: boolean;
}

export class BatchJobs {
  private readonly running = new Map<string, BatchJob>();

  /** Jobs whose request is waiting to start (dispatch holds a write until the start-up check is done). */
  private readonly reserved = new Map<string, BatchJob>();

  /**
   * Holds a job id from the moment its request arrives, so a cancel sent right after the start reaches it
   * even while the request still waits to run; `start` then takes the held job over, cancelled or not.
   * False when the id is already held or running.
   */
  reserve(id: string): boolean {
    if (this.running.has(id) || this.reserved.has(id)) return false;
    this.reserved.set(id, { id, cancelled: false });
    return true;
  }

  /** Lets go of a held id that was never started (its request failed before running). */
  release(id: string): void {
    this.reserved.delete(id);
  }

  /** Registers a job (taking over a held one); the same id twice at once is refused (the caller chose a duplicate). */
  start(id: string): BatchJob | null {
    if (this.running.has(id)) return null;
    const job: BatchJob = this.reserved.get(id) ?? { id, cancelled: false };
    this.reserved.delete(id);
    this.running.set(id, job);
    return job;
  }

  finish(id: string): void {
    this.running.delete(id);
  }

  /** Asks a running job to stop at its next checkpoint (the next role, the next batch); false when no such job runs. */
  cancel(id: string): boolean {
    const job = this.running.get(id) ?? this.reserved.get(id);
    if (!job) return false;
    job.cancelled = true;
    return true;
  }
}
