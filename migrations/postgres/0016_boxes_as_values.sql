-- On PostgreSQL a vote box is one row: which receipts are used is a bit
-- string (`voted`, bit i for the receipt at `position` i, bit 0 the lowest
-- of the first byte, as get_bit numbers them) and the ballots are a byte
-- string (`scores`, byte i for slot i: 0 empty, 1 to 5 a score).
--
-- Why: an UPDATE writes a new version of each row it changes, carrying the
-- transaction's id and placed wherever there is room. With a row per
-- receipt and per slot, every commit of the vault's writer had to rewrite
-- each box it touched whole (10,000 rows for a wave objective, twice) so
-- that neither row order nor transaction ids followed the order of votes.
-- With the box as one value, a commit replaces one row version per box it
-- touched, and inside that value nothing is ordered but by position and
-- slot. The receipts' tags are written once, when the box opens, with their
-- position in tag order, and never change.
--
-- `vote_receipts` and `ballots` stay readable, as views with the columns the
-- tables had (and the SQLite vault still has).

CREATE TABLE vote_receipt_tags (
    objective_id  BIGINT NOT NULL,
    week          BIGINT NOT NULL,
    voter_tag     BYTEA  NOT NULL,
    position      BIGINT NOT NULL CHECK (position >= 0),
    PRIMARY KEY (objective_id, week, voter_tag)
);

INSERT INTO vote_receipt_tags (objective_id, week, voter_tag, position)
SELECT objective_id, week, voter_tag, row_number() OVER (PARTITION BY objective_id, week ORDER BY voter_tag) - 1
FROM vote_receipts
ORDER BY objective_id, week, voter_tag;

ALTER TABLE vote_boxes ADD COLUMN voted BYTEA NOT NULL DEFAULT ''::bytea;
ALTER TABLE vote_boxes ADD COLUMN scores BYTEA NOT NULL DEFAULT ''::bytea;

UPDATE vote_boxes b SET voted = v.bits
FROM (
    SELECT objective_id, week, decode(string_agg(lpad(to_hex(bits), 2, '0'), '' ORDER BY i), 'hex') AS bits
    FROM (
        SELECT r.objective_id, r.week, t.position / 8 AS i,
               CAST(SUM(r.voted * (1 << CAST(t.position % 8 AS INTEGER))) AS INTEGER) AS bits
        FROM vote_receipts r
        JOIN vote_receipt_tags t ON t.objective_id = r.objective_id AND t.week = r.week AND t.voter_tag = r.voter_tag
        GROUP BY r.objective_id, r.week, t.position / 8
    ) per_byte
    GROUP BY objective_id, week
) v
WHERE b.objective_id = v.objective_id AND b.week = v.week;

UPDATE vote_boxes b SET scores = s.bytes
FROM (
    SELECT objective_id, week,
           decode(string_agg(CASE score WHEN '-' THEN '00' ELSE '0' || score END, '' ORDER BY slot), 'hex') AS bytes
    FROM ballots
    GROUP BY objective_id, week
) s
WHERE b.objective_id = s.objective_id AND b.week = s.week;

-- Every box has a bit per receipt and a byte per slot, as many as `slots`.
ALTER TABLE vote_boxes ADD CONSTRAINT vote_boxes_shape
    CHECK (length(voted) = (slots + 7) / 8 AND length(scores) = slots);

-- The old tables' files are removed when this commits.
DROP TABLE vote_receipts;
DROP TABLE ballots;

CREATE VIEW vote_receipts AS
SELECT t.objective_id, t.week, t.voter_tag, CAST(get_bit(b.voted, t.position) AS BIGINT) AS voted
FROM vote_receipt_tags t
JOIN vote_boxes b ON b.objective_id = t.objective_id AND b.week = t.week;

CREATE VIEW ballots AS
SELECT b.objective_id, b.week, s.slot,
       CASE get_byte(b.scores, CAST(s.slot AS INTEGER)) WHEN 0 THEN '-' ELSE CAST(get_byte(b.scores, CAST(s.slot AS INTEGER)) AS TEXT) END AS score
FROM vote_boxes b
CROSS JOIN LATERAL generate_series(CAST(0 AS BIGINT), b.slots - 1) AS s(slot);
