-- Who signed an issued document digitally: the subject of the issuing unit's certificate; null for an unsigned one.
ALTER TABLE issued_document ADD COLUMN signed_by VARCHAR(500);
