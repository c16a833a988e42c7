// The shape of one schema migration step. Runs in plain Node inside migrate()'s transaction.
import type { Db } from '../open-database';

export interface Migration {
  /** The user_version the database has after this step; steps count up from 1 with no gaps. */
  version: number;
  name: string;
  /** Runs inside migrate()'s transaction; must not open its own or change pragmas. */
  up(db: Db): void;
}
