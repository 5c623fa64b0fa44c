-- Performance aim P1 (docs/BENCHMARKS.md): a consolidation line carries its source's figure of each indicator in one column
-- ("CODE=amount;CODE=amount", in code order), so that a national month writes one row per source instead of one
-- per value. Lines written before keep their values in consolidation_line_value, which is still read for them.
ALTER TABLE consolidation_line ADD COLUMN amounts VARCHAR(8000);
