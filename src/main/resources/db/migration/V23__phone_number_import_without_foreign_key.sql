-- The import's speed (issue 15). phone_number loses its foreign key to import_batch: its
-- check ran once for every number an import's run copies (a query and a row lock on the
-- import, per row), about a quarter of that COPY (100,000 rows: 9.1-10.4 s with the key,
-- 7.2-8.4 s without, in one scratch run on PostgreSQL). import_batch_id tells which import
-- wrote the number. Only the run of that import writes it, and only after the import has
-- left REVIEWED. The only import ever deleted is a review that never ran (ImportCleanup
-- deletes only status REVIEWED), so no number can point at a missing import. import_row
-- lost its key to import_batch for the same reason (V20).
alter table phone_number drop constraint fk_phone_number_import_batch;
