-- Each objective's progress (0-100, the weighted mean of its key results'),
-- kept with it so that overviews of a large organisation read one row per
-- objective. The app computes it with the domain's rule on every write
-- that changes it; NULL (every objective before this migration) is filled
-- in at start-up (src/server/store/progress.rs).
ALTER TABLE objectives ADD COLUMN progress REAL;
