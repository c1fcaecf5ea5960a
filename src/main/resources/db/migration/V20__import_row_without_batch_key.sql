-- import_row loses its foreign key to import_batch (issue 15, the import's speed): its
-- check ran once for every row the dry run copies, about a quarter of that COPY on
-- PostgreSQL. The rows of an import are only ever written by its dry run, in the
-- transaction that creates the import, and deleted with it by the clean-up
-- (ImportCleanup deletes the rows first), so no row can outlive its import. An imported
-- row also stops getting its number's id (number_id, never read): it is the number of its
-- import, phone_number.import_batch_id, with the same E.164.
alter table import_row drop constraint fk_import_row_batch;
