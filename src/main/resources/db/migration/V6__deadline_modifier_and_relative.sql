-- Which part of its due period a deadline points at (early, mid, late, end; null = the whole
-- period), and the relative expression it was read from ("خلال الأشهر المقبلة", "نهاية العام
-- الجاري"), which is all a vague deadline has: due may be null (it always could, see V3).
alter table deadline add column modifier varchar(5);
alter table deadline add column relative_text varchar(300);
