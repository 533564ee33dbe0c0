-- Several replicas, one index. Every document the indexer or a reindex writes carries an external
-- version drawn from this sequence after the outbox events are claimed and before the rows are read,
-- so a write that read older rows always carries a lower version and Elasticsearch refuses it.
create sequence index_version_seq;

-- Who is rebuilding the search indices, until when. One row; a replica takes it with a conditional
-- update (holder empty or lease expired), renews it while it works and clears it at the end. While it
-- is held, indexers on every replica leave the outbox alone (the events wait for the new index).
create table reindex_lease (
    id          integer primary key,
    holder      varchar(200),
    started_at  timestamp with time zone,
    expires_at  timestamp with time zone
);
insert into reindex_lease (id) values (1);
