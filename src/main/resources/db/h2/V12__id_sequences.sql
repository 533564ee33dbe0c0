-- The same as db/postgresql/V12__id_sequences.sql (read it for why), in H2's spelling: H2 has no
-- setval, and PostgreSQL takes no expression after RESTART WITH.
create sequence article_seq start with 50 increment by 50;
create sequence claim_seq start with 50 increment by 50;
create sequence deadline_seq start with 50 increment by 50;
create sequence outbox_event_seq start with 50 increment by 50;
alter sequence article_seq restart with (select coalesce(max(id), 0) + 50 from article);
alter sequence claim_seq restart with (select coalesce(max(id), 0) + 50 from claim);
alter sequence deadline_seq restart with (select coalesce(max(id), 0) + 50 from deadline);
alter sequence outbox_event_seq restart with (select coalesce(max(id), 0) + 50 from outbox_event);
