-- Sweeps (issue 7): one Jakarta Batch run consolidates every unit of a level for a period, set-based, chunk by
-- chunk of units. Each unit still gets its own revision (the same rows as a run of its own); the sweep tags them.
ALTER TABLE consolidation ADD COLUMN sweep_id VARCHAR(36);
CREATE INDEX ix_consolidation_sweep ON consolidation (sweep_id);
-- A sweep's chunk renews and releases the claims of its revisions by holder.
CREATE INDEX ix_consolidation_claim_holder ON consolidation_claim (holder);
