-- Background NDJSON imports (POST /articles/import with Prefer: respond-async). Kept in the
-- database so that any replica answers GET /imports/{id}; the replica that took the body runs it.
-- errors holds JSON: the first failed lines, [{"line": 12, "reason": "…"}, …].
create table import_job (
    id           varchar(36)  primary key,
    state        varchar(20)  not null,
    actor        varchar(300) not null,
    lines_done   bigint       not null default 0,
    created      bigint       not null default 0,
    duplicates   bigint       not null default 0,
    failed       bigint       not null default 0,
    errors       varchar      not null default '[]',
    error        varchar(2000),
    created_at   timestamp with time zone not null,
    started_at   timestamp with time zone,
    finished_at  timestamp with time zone,
    updated_at   timestamp with time zone not null
);
