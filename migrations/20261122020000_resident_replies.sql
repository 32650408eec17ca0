-- A resident who chose contact over LINE can answer staff: their replies join the case thread.
ALTER TABLE staff_messages ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE staff_messages ADD COLUMN from_resident boolean NOT NULL DEFAULT false;
ALTER TABLE staff_messages ADD CONSTRAINT staff_messages_author
  CHECK (from_resident OR account_id IS NOT NULL);
