-- Ids of the rows a bulk import writes by the thousand (articles, claims, deadlines, outbox events) come
-- from sequences that hand out blocks of 50 (Hibernate's pooled optimizer: a call answering N owns the
-- ids N-49..N), so Hibernate knows ids before inserting and sends the inserts in JDBC batches; with
-- identity columns it must insert each row alone to learn its id. The identity columns stay (nothing
-- else inserts into these tables). Each sequence starts so that its first block begins after the
-- highest id already stored. PostgreSQL spelling; db/h2 holds the same for the local run.
create sequence article_seq start with 50 increment by 50;
create sequence claim_seq start with 50 increment by 50;
create sequence deadline_seq start with 50 increment by 50;
create sequence outbox_event_seq start with 50 increment by 50;
select setval('article_seq', (select coalesce(max(id), 0) from article) + 50, false);
select setval('claim_seq', (select coalesce(max(id), 0) from claim) + 50, false);
select setval('deadline_seq', (select coalesce(max(id), 0) from deadline) + 50, false);
select setval('outbox_event_seq', (select coalesce(max(id), 0) from outbox_event) + 50, false);
