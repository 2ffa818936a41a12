-- Running counts per box, so results read one row per objective and week
-- instead of counting every ballot on every page view.
--
-- * `slots`: how many slots (and receipts) the box was opened with; written
--   once, so a vote can pick a random slot without counting the empty ones.
-- * `tally`: votes per score as fixed-width text ("0000012,0000003,…",
--   see src/domain/tally.rs). A vote rewrites it in place at the same size,
--   like the receipt and the slot it touches.
-- * the index lets a wave's tallies be read without scanning every wave's
--   boxes; it holds only values written when a box opens.
ALTER TABLE vote_boxes ADD COLUMN slots INTEGER NOT NULL DEFAULT 0;
ALTER TABLE vote_boxes ADD COLUMN tally TEXT NOT NULL DEFAULT '0000000,0000000,0000000,0000000,0000000';

UPDATE vote_boxes SET
    slots = (SELECT COUNT(*) FROM ballots b WHERE b.objective_id = vote_boxes.objective_id AND b.week = vote_boxes.week),
    tally = (
        SELECT printf('%07d,%07d,%07d,%07d,%07d',
            COUNT(*) FILTER (WHERE score = '1'), COUNT(*) FILTER (WHERE score = '2'), COUNT(*) FILTER (WHERE score = '3'),
            COUNT(*) FILTER (WHERE score = '4'), COUNT(*) FILTER (WHERE score = '5'))
        FROM ballots b WHERE b.objective_id = vote_boxes.objective_id AND b.week = vote_boxes.week
    );

CREATE INDEX vote_boxes_by_wave ON vote_boxes (org_id, wave_id);
