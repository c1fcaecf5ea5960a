-- The dry run keeps what it normalized of a ready row (E.164 and display form were kept
-- already; now also the region and the line type), so that the run builds the number from
-- the review instead of parsing every row again. A row reviewed before this version has
-- neither and is normalized again by the run.
alter table import_row add column region varchar(3);
alter table import_row add column line_type varchar(24);
