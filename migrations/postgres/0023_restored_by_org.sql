-- Whether an organisation brought any confidence history at all: the heat
-- map asks on every render, and for almost every organisation the answer
-- is no. Without this index the question walked every objective of the
-- wave (about 2 ms for a 2,000-objective wave); with it, one probe.
CREATE INDEX restored_confidence_by_org ON restored_confidence (org_id);
