-- The dashboard's open problems (a wave's PPP problems not yet solved) are
-- a few hundred of a large organisation's hundred thousand PPP lines.
-- PostgreSQL's planner overestimated them twentyfold and scanned every
-- line: 17 ms of the 10,000-person organisation's dashboard. With this
-- index it reads the few hundred: 3 to 7 ms.
--
-- SQLite needs none: it finds them through `ppp_items_by_update` (about
-- 2 ms) and, given this index, does not use it.
CREATE INDEX ppp_open_problems ON ppp_items(update_id) WHERE section = 'problems' AND resolved = 0;
