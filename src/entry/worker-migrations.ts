import init from '../../migrations/20261122000000_init.sql';
import staff from '../../migrations/20261122010000_staff.sql';
import residentReplies from '../../migrations/20261122020000_resident_replies.sql';
import conversationFillfactor from '../../migrations/20261205000000_conversation_fillfactor.sql';
import type { Migration } from '../adapters/db/migrator.ts';

/**
 * `migrations/` for the Worker, which has no file system: /healthz checks they are applied
 * (`npm run migrate` applies them before a deploy). test/worker.migrations.test.ts keeps this list
 * equal to the folder.
 */
export const WORKER_MIGRATIONS: Migration[] = [
  { name: '20261122000000_init.sql', sql: init },
  { name: '20261122010000_staff.sql', sql: staff },
  { name: '20261122020000_resident_replies.sql', sql: residentReplies },
  { name: '20261205000000_conversation_fillfactor.sql', sql: conversationFillfactor },
];
