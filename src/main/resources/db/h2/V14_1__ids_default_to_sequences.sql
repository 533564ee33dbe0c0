-- The same as db/postgresql/V14_1__ids_default_to_sequences.sql (read it for why), in H2's spelling.
alter table article alter column id drop identity;
alter table article alter column id set default next value for article_seq;
alter table claim alter column id drop identity;
alter table claim alter column id set default next value for claim_seq;
alter table deadline alter column id drop identity;
alter table deadline alter column id set default next value for deadline_seq;
alter table outbox_event alter column id drop identity;
alter table outbox_event alter column id set default next value for outbox_event_seq;
