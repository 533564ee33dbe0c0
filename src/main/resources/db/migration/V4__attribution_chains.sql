-- Attribution chains. Portable between PostgreSQL and H2 (MODE=PostgreSQL).
-- Each claim and deadline records who said it first (the originator: CENTCOM, "مسؤولين عسكريين")
-- and the medium it came through (the reporter: CNN, CBS, واع), as written and, when the name is
-- not anonymous, linked to a source. The originator's link is the existing attributed_to_id
-- (claims) and announcer_id (deadlines); the outlet is the article's.

alter table claim add column originator varchar(500);
alter table claim add column reporter varchar(500);
alter table claim add column reporter_id bigint;
alter table claim add constraint claim_reporter_fk foreign key (reporter_id) references source (id);
create index claim_reporter_idx on claim (reporter_id);

alter table deadline add column originator varchar(500);
alter table deadline add column reporter varchar(500);
alter table deadline add column reporter_id bigint;
alter table deadline add constraint deadline_reporter_fk foreign key (reporter_id) references source (id);
create index deadline_reporter_idx on deadline (reporter_id);

-- Rows read before chains existed: the attribution as written was taken as the originator.
-- Re-extraction (POST /admin/reextract) reads their chains.
update claim set originator = attribution where attribution is not null;
update deadline set originator = announced_by where announced_by is not null;
