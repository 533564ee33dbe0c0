package io.raqib.claim;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;

/**
 * Many claims written cheaply for aggregation tests and benchmarks: PostgreSQL's generate_series
 * makes the rows in one statement each (test only: PostgreSQL SQL, not the service's). Every
 * column follows from the row number i by the formulas below, so a test can compute what the
 * answers must be without the database. Call inside a transaction.
 */
final class ScaleClaims {
    /** Articles per set; article j is published by outlet j % 3, or by no outlet when j % 10 is 9. */
    static final int ARTICLES = 200;
    static final int SERIES = 20;
    static final int MONTHS = 240;

    final String run;
    final String country;
    final List<Long> originators = new ArrayList<>();
    final List<Long> outlets = new ArrayList<>();
    final List<String> placeKeys = new ArrayList<>();
    long reporter;

    ScaleClaims(String run, String country) {
        this.run = run;
        this.country = country;
    }

    /** Five originators, three outlets, one relaying medium and the articles. */
    ScaleClaims sources(EntityManager em) {
        for (int s = 0; s < 9; s++) {
            long id = ((Number) em.createNativeQuery("insert into source (name, type, created_at) values (?1, ?2, now()) "
                    + "returning id").setParameter(1, "مصدر القياس " + run + " " + s)
                    .setParameter(2, s < 5 || s == 8 ? "ORIGINATOR" : "OUTLET").getSingleResult()).longValue();
            (s < 5 ? originators : s < 8 ? outlets : new ArrayList<Long>()).add(id);
            if (s == 8) {
                reporter = id;
            }
        }
        em.createNativeQuery("insert into article (title, body, published_at, outlet_id, url, language, content_hash, "
                        + "created_at, updated_at) select 'مقال القياس ' || j, 'نص المقال', date '2020-01-01' + j, "
                        + "case when j % 10 = 9 then null when j % 3 = 0 then ?1 when j % 3 = 1 then ?2 else ?3 end, ?4 || j, 'ar', md5(?4 || j), now(), now() "
                        + "from generate_series(0, ?5 - 1) j")
                .setParameter(1, outlets.get(0)).setParameter(2, outlets.get(1)).setParameter(3, outlets.get(2))
                .setParameter(4, url()).setParameter(5, ARTICLES).executeUpdate();
        for (int p = 0; p < SERIES; p++) {
            placeKeys.add(ClaimFigures.placeKey("موقع رقم " + p));
        }
        return this;
    }

    private String url() {
        return "https://bench.raqib.invalid/" + run + "/";
    }

    /** Claim i's article, series (place), month since 2000-01, originator and figure. */
    static int article(long i) {
        return (int) ((i / 3) % ARTICLES);
    }

    static int series(long i) {
        return (int) (i % SERIES);
    }

    static int month(long i) {
        return (int) ((i / SERIES) % MONTHS);
    }

    static int originator(long i) {
        return (int) ((i / 7) % 5);
    }

    static long figure(int series) {
        return 1000 + 10L * series;
    }

    /**
     * {@code n} asserted presence claims of force US in the set's country: claim i about place
     * {@link #series}, as of {@link #month}, exactly {@link #figure} troops, from {@link #originator}.
     * The figures of one place agree, so no claim here clashes with another.
     */
    void series(EntityManager em, long n) {
        StringBuilder place = new StringBuilder("case i % ").append(SERIES);
        for (int p = 0; p < SERIES; p++) {
            place.append(" when ").append(p).append(" then '").append(placeKeys.get(p)).append('\'');
        }
        place.append(" end");
        StringBuilder originator = new StringBuilder("case (i / 7) % 5");
        for (int o = 0; o < 5; o++) {
            originator.append(" when ").append(o).append(" then ").append(originators.get(o));
        }
        originator.append(" end");
        em.createNativeQuery("insert into claim (article_id, field, start_offset, end_offset, text, sentence, figure_value, "
                + "figure_low, figure_high, qualifier, force, country, place, place_key, kind, as_of, as_of_date, "
                + "attributed_to_id, stance, confidence, origin, review, created_at, updated_at) "
                + "select a.id, 'BODY', 0, 9, 'نحو ' || f, 'قالوا إن نحو ' || f || ' جندي هناك', f, f, f, 'EXACT', 'US', ?1, "
                + place + ", " + place + ", 'PRESENCE', to_char(make_date(2000 + m / 12, 1 + m % 12, 1), 'YYYY-MM'), "
                + "make_date(2000 + m / 12, 1 + m % 12, 1), " + originator + ", 'ASSERTED', 0.9, 'MANUAL', 'UNREVIEWED', "
                + "now(), now() from (select i, 1000 + 10 * (i % " + SERIES + ") as f, (i / " + SERIES + ") % " + MONTHS
                + " as m from generate_series(1, cast(?2 as integer)) i) g join article a on a.url = ?3 || ((i / 3) % " + ARTICLES + ")")
                .setParameter(1, country).setParameter(2, n).setParameter(3, url()).executeUpdate();
    }

    /** One claim of place {@code series} as of {@code month}: exactly {@code figure}, asserted or denied. */
    long one(EntityManager em, int series, int month, long figure, String stance) {
        return ((Number) em.createNativeQuery("insert into claim (article_id, field, start_offset, end_offset, text, "
                        + "sentence, figure_value, figure_low, figure_high, qualifier, force, country, place, place_key, "
                        + "kind, as_of, as_of_date, attributed_to_id, stance, confidence, origin, review, created_at, "
                        + "updated_at) select a.id, 'BODY', 0, 9, 'رقم', 'جملة فيها رقم', ?1, ?1, ?1, 'EXACT', 'US', ?2, "
                        + "?3, ?3, 'PRESENCE', to_char(make_date(2000 + ?4 / 12, 1 + ?4 % 12, 1), 'YYYY-MM'), "
                        + "make_date(2000 + ?4 / 12, 1 + ?4 % 12, 1), ?5, ?6, 0.9, 'MANUAL', 'UNREVIEWED', now(), now() "
                        + "from article a where a.url = ?7 returning id")
                .setParameter(1, figure).setParameter(2, country).setParameter(3, placeKeys.get(series))
                .setParameter(4, month).setParameter(5, originators.get(0)).setParameter(6, stance)
                .setParameter(7, url() + "0").getSingleResult()).longValue();
    }

    /**
     * {@code n} claims of every shape the detection distinguishes (all qualifiers, year, month and
     * day as-of, with and without place, force, originator, outlet and figure group; some denied,
     * some rejected, some of other kinds), for comparing answers with the in-memory computation.
     */
    void mixed(EntityManager em, long n) {
        em.createNativeQuery("insert into claim (article_id, field, start_offset, end_offset, text, sentence, figure_value, "
                        + "figure_low, figure_high, qualifier, force, country, place, place_key, kind, as_of, as_of_date, "
                        + "attributed_to_id, reporter_id, stance, confidence, origin, review, figure_group, created_at, "
                        + "updated_at) select a.id, 'BODY', 0, 9, 'رقم ' || v, 'جملة فيها رقم ' || v, "
                        + "case when i % 97 = 0 or k = 6 then null else v end, "
                        + "case when i % 97 = 0 then null when k in (0, 2, 4, 6) then v end, "
                        + "case when i % 97 = 0 then null when k in (0, 3, 5) then v when k = 6 then v + 100 * (i % 5) end, "
                        + "case k when 0 then 'EXACT' when 1 then 'APPROX' when 2 then 'MORE_THAN' when 3 then 'LESS_THAN' "
                        + "when 4 then 'AT_LEAST' when 5 then 'AT_MOST' else 'RANGE' end, "
                        + "case when i % 29 = 0 then null when i % 3 = 2 then 'TURKISH' else 'US' end, ?1, "
                        + "case i % 4 when 0 then null when 2 then ?2 else ?3 end, case i % 4 when 0 then null when 2 then ?4 "
                        + "else ?5 end, case when i % 5 = 0 then 'TARGET' when i % 7 = 0 then 'DEPLOYMENT' else 'PRESENCE' end, "
                        + "case when p = 0 then cast(y as varchar) when p < 4 then to_char(make_date(y, mo, d), 'YYYY-MM-DD') "
                        + "else to_char(make_date(y, mo, 1), 'YYYY-MM') end, "
                        + "case when p = 0 then make_date(y, 1, 1) when p < 4 then make_date(y, mo, d) else make_date(y, mo, 1) end, "
                        + "case i % 5 when 0 then null when 1 then ?6 when 2 then ?7 when 3 then ?8 else ?6 end, "
                        + "case when i % 7 = 0 then ?9 end, case when i % 19 = 0 then 'DENIED' else 'ASSERTED' end, 0.9, "
                        + "'MANUAL', case when i % 23 = 0 then 'REJECTED' when i % 13 = 0 then 'CONFIRMED' else 'UNREVIEWED' end, "
                        + "case when i % 6 = 0 then ?10 || (i % 40) end, now(), now() "
                        + "from (select i, (i * 31) % 7 as k, 100 * (1 + (i * 17) % 23) as v, 2020 + (i * 13) % 4 as y, "
                        + "1 + (i * 5) % 12 as mo, 1 + i % 28 as d, i % 11 as p from generate_series(1, cast(?11 as integer)) i) g "
                        + "join article a on a.url = ?12 || ((i / 3) % " + ARTICLES + ")")
                .setParameter(1, country).setParameter(2, "قاعدة الشدادي").setParameter(3, "التنف")
                .setParameter(4, ClaimFigures.placeKey("قاعدة الشدادي")).setParameter(5, ClaimFigures.placeKey("التنف"))
                .setParameter(6, originators.get(0)).setParameter(7, originators.get(1)).setParameter(8, originators.get(2))
                .setParameter(9, reporter).setParameter(10, "g-" + run + "-").setParameter(11, n).setParameter(12, url())
                .executeUpdate();
    }
}
