-- Open problems show whether a boost asked for them is done (the dashboard
-- offers to mark those solved): one lookup per problem, not a scan of boosts.
CREATE INDEX boosts_by_problem ON boosts(problem_item_id, state);
