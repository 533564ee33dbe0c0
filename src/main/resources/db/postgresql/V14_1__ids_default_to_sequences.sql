-- Since V12, Hibernate takes these ids from the sequences; the columns' own identity counters stayed
-- behind, so a row inserted in SQL without an id (a repair script, a bulk load) would take an id the
-- application may already have used. The columns now default to the same sequences: a row inserted
-- that way takes a whole block of 50, which Hibernate's pooled optimizer then never hands out.
alter table article alter column id drop identity if exists;
alter table article alter column id set default nextval('article_seq');
alter sequence article_seq owned by article.id;
alter table claim alter column id drop identity if exists;
alter table claim alter column id set default nextval('claim_seq');
alter sequence claim_seq owned by claim.id;
alter table deadline alter column id drop identity if exists;
alter table deadline alter column id set default nextval('deadline_seq');
alter sequence deadline_seq owned by deadline.id;
alter table outbox_event alter column id drop identity if exists;
alter table outbox_event alter column id set default nextval('outbox_event_seq');
alter sequence outbox_event_seq owned by outbox_event.id;
