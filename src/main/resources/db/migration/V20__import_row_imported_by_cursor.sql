-- The import's speed (issue 15). The run no longer updates the rows it imports: a row
-- imported stays READY, and is imported because its line is at or before its import's
-- cursor (cursor_line), which commits with the chunk that wrote it (an all-or-nothing
-- run sets it after its last row when it commits). The rows imported by a version before
-- are turned into that form, so that one index condition finds the imported rows.
update import_batch set cursor_line = (select max(r.line) from import_row r
        where r.import_batch_id = import_batch.id and r.status = 'IMPORTED')
    where cursor_line < (select coalesce(max(r.line), 0) from import_row r
        where r.import_batch_id = import_batch.id and r.status = 'IMPORTED');
update import_row set status = 'READY' where status = 'IMPORTED';

-- import_row loses its foreign key to import_batch: its check ran once for every row the
-- dry run copies, about a quarter of that COPY. The rows of an import are only written by
-- its dry run, in the transaction that creates the import, and deleted before it by the
-- clean-up (ImportCleanup), so no row outlives its import. An imported row's number is
-- that of its import (phone_number.import_batch_id) with its E.164; number_id, never
-- read, is no longer written.
alter table import_row drop constraint fk_import_row_batch;
