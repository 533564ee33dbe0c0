-- Timeline, conflicts and confirmations group claims in the database by series (force, country,
-- kind, place) and as-of month, then read only the months and groups they need: these indexes
-- serve those ranges. Portable between PostgreSQL and H2 (MODE=PostgreSQL) like V1.
create index claim_series_idx on claim (force, country, kind, place_key, as_of_date);
create index claim_kind_as_of_idx on claim (kind, as_of_date);
create index claim_figure_group_idx on claim (figure_group);
create index claim_stance_as_of_idx on claim (stance, as_of_date);
