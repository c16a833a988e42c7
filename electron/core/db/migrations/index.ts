// Every schema migration, in order. Statically imported so bundles (Electron, CLI) carry them all.
// Runs in plain Node. Add a step by adding a file NNNN-kebab-name.ts and one line here.
import type { Migration } from './migration';
import { migration0001 } from './0001-initial-schema';
import { migration0002 } from './0002-job-descriptions';
import { migration0003 } from './0003-applicant-tracking';
import { migration0004 } from './0004-interviews';
import { migration0005 } from './0005-sample-marker';
import { migration0006 } from './0006-four-point-ratings';
import { migration0007 } from './0007-role-status-history';
import { migration0008 } from './0008-report-facts';
import { migration0009 } from './0009-report-facts-indexes';
import { migration0010 } from './0010-search-purge';
import { migration0011 } from './0011-retention';
import { migration0012 } from './0012-anonymise';
import { migration0013 } from './0013-messages';
import { migration0014 } from './0014-ended-candidates';
import { migration0015 } from './0015-offers';
import { migration0016 } from './0016-search-notes';
import { migration0017 } from './0017-list-sort-keys';
import { migration0018 } from './0018-board-counts';

export type { Migration } from './migration';

export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013, migration0014, migration0015, migration0016, migration0017, migration0018];

/** The schema version this build of Hirebook writes. */
export const LATEST_SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;
