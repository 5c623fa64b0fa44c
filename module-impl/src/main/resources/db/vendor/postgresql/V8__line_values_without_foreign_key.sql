-- PostgreSQL only (db/vendor/postgresql): a month's line values are the bulk of a consolidation's writes (one row
-- per commune and figure, ~67,000 for the country), all written by one INSERT ... SELECT per chunk that joins the
-- revision itself. The foreign key's check took a share lock on the revision's row for every one of them: more
-- than half of the statement's time (issue 7, P1). The key goes; the rows still belong to their revision by the
-- statement that writes them. Nothing in the module deletes revisions; whoever does deletes their line values first.
ALTER TABLE consolidation_line_value DROP CONSTRAINT consolidation_line_value_consolidation_id_fkey;
