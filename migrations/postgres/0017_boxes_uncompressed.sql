-- A vote box's `voted` and `scores` are stored uncompressed (out of line
-- when large, as EXTERNAL does), where PostgreSQL's default compresses them.
--
-- Why: the vault's writer replaces each box it touched on every commit, and
-- compressing a 10,000-slot `scores` with pglz was the top function of
-- PostgreSQL's CPU during the bench's vote phase. Measured with pgbench on
-- 12 boxes of 10,000 slots, 40 % filled, one byte changed per UPDATE
-- (fsync off): pglz 1,041 updates/s, lz4 5,283, uncompressed 6,332. A box's
-- stored size no longer depends on its contents either.
--
-- Rows already written keep their compressed values until their next
-- update, which every vote batch makes.

ALTER TABLE vote_boxes
    ALTER COLUMN voted SET STORAGE EXTERNAL,
    ALTER COLUMN scores SET STORAGE EXTERNAL;
