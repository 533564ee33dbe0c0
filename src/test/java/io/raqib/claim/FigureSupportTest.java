package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.claim.extraction.Qualifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Echoes and independent confirmations, one table row per situation: who holds a figure, and the counts. */
class FigureSupportTest {
    private static long ids = 0;

    /** A presence figure about US forces in Syria, as of 2024-12, published by {@code outlet}. */
    static FigureSupport.Mention m(Qualifier q, long value, String originator, String outlet) {
        return mention("US", "SY", null, "asserted", "2024-12", q, value, originator, outlet);
    }

    static FigureSupport.Mention mention(String force, String country, String place, String stance, String asOf,
                                         Qualifier q, long value, String originator, String outlet) {
        return new FigureSupport.Mention(++ids, force, country, place, "presence", stance, FigureSupport.period(asOf),
                FigureInterval.of(q, value, q == Qualifier.EXACT ? value : null, q == Qualifier.EXACT ? value : null),
                originator, outlet);
    }

    record Row(String situation, List<FigureSupport.Mention> others, int independent, int echoes) {
    }

    static List<FigureSupport.Mention> cnnEverywhere(int outlets) {
        List<FigureSupport.Mention> out = new ArrayList<>();
        for (int i = 2; i <= outlets; i++) {
            out.add(m(Qualifier.EXACT, 2000, "source:cnn", "source:outlet" + i));
        }
        return out;
    }

    @Test
    void countsOriginatorsAndTheOutletsThatEchoThem() {
        Qualifier exact = Qualifier.EXACT;
        List<Row> table = List.of(
                new Row("alone", List.of(), 1, 0),
                new Row("«2000 جندي، بحسب سي إن إن» in five outlets", cnnEverywhere(5), 1, 4),
                new Row("one outlet carrying CNN's figure twice (title and body, or two articles)",
                        List.of(m(exact, 2000, "source:cnn", "source:outlet1")), 1, 0),
                new Row("سنتكوم and واع each said it", List.of(m(exact, 2000, "source:centcom", "source:outlet2"),
                        m(exact, 2000, "source:ina", "source:outlet3")), 3, 0),
                new Row("«نحو 2000» from another originator agrees with 2000",
                        List.of(m(Qualifier.APPROX, 2000, "source:afp", "source:outlet2")), 2, 0),
                new Row("«نحو 1800» still overlaps 2000 (±15%)",
                        List.of(m(Qualifier.APPROX, 1800, "source:afp", "source:outlet2")), 2, 0),
                new Row("900 is another figure",
                        List.of(m(exact, 900, "source:afp", "source:outlet2")), 1, 0),
                new Row("«أكثر من 2000» excludes 2000",
                        List.of(m(Qualifier.MORE_THAN, 2000, "source:afp", "source:outlet2")), 1, 0),
                new Row("«ما لا يقل عن 1500» allows 2000",
                        List.of(m(Qualifier.AT_LEAST, 1500, "source:afp", "source:outlet2")), 2, 0),
                new Row("another month is another period", List.of(mention("US", "SY", null, "asserted", "2025-01",
                        exact, 2000, "source:afp", "source:outlet2")), 1, 0),
                new Row("another day of the same month is the same period", List.of(mention("US", "SY", null,
                        "asserted", "2024-12-20", exact, 2000, "source:cnn", "source:outlet2")), 1, 1),
                new Row("a year-only as-of is not one of its months", List.of(mention("US", "SY", null, "asserted",
                        "2024", exact, 2000, "source:afp", "source:outlet2")), 1, 0),
                new Row("another force", List.of(mention("COALITION", "SY", null, "asserted", "2024-12", exact, 2000,
                        "source:afp", "source:outlet2")), 1, 0),
                new Row("another country", List.of(mention("US", "IQ", null, "asserted", "2024-12", exact, 2000,
                        "source:afp", "source:outlet2")), 1, 0),
                new Row("a place inside the country is another figure", List.of(mention("US", "SY", "التنف",
                        "asserted", "2024-12", exact, 2000, "source:afp", "source:outlet2")), 1, 0),
                new Row("a denial does not confirm", List.of(mention("US", "SY", null, "denied", "2024-12", exact, 2000,
                        "source:afp", "source:outlet2")), 1, 0),
                new Row("two originators each echoed", List.of(m(exact, 2000, "source:cnn", "source:outlet2"),
                        m(exact, 2000, "source:afp", "source:outlet3"), m(exact, 2000, "source:afp", "source:outlet4"),
                        m(exact, 2000, "source:afp", "source:outlet5")), 2, 3),
                new Row("CNN publishing its own figure and one outlet quoting it",
                        List.of(m(exact, 2000, "source:cnn", "source:cnn")), 1, 1));
        for (Row row : table) {
            FigureSupport.Mention subject = m(Qualifier.EXACT, 2000, "source:cnn", "source:outlet1");
            assertThat(FigureSupport.of(subject, row.others())).as(row.situation())
                    .isEqualTo(new Confirmations(row.independent(), row.echoes()));
        }
    }

    @Test
    void theSubjectCountsOnceEvenWhenItIsAmongTheCandidates() {
        FigureSupport.Mention subject = m(Qualifier.EXACT, 2000, "source:cnn", "source:outlet1");
        List<FigureSupport.Mention> candidates = new ArrayList<>(cnnEverywhere(3));
        candidates.add(subject);
        assertThat(FigureSupport.of(subject, candidates)).isEqualTo(new Confirmations(1, 2));
    }

    @Test
    void aMentionWithoutForceCountryDateOrNumberStandsAlone() {
        FigureSupport.Mention noForce = mention(null, "SY", null, "asserted", "2024-12", Qualifier.EXACT, 2000,
                "source:cnn", "source:outlet1");
        FigureSupport.Mention noDate = mention("US", "SY", null, "asserted", null, Qualifier.EXACT, 2000,
                "source:cnn", "source:outlet1");
        List<FigureSupport.Mention> others = cnnEverywhere(4);
        assertThat(FigureSupport.of(noForce, others)).isEqualTo(new Confirmations(1, 0));
        assertThat(FigureSupport.of(noDate, others)).isEqualTo(new Confirmations(1, 0));
    }

    @Test
    void theOriginatorIsTheFirstNamedParty() {
        assertThat(FigureSupport.originatorKey(7L, 9L, "source:3")).as("named originator").isEqualTo("source:7");
        assertThat(FigureSupport.originatorKey(null, 9L, "source:3")).as("anonymous officials via CBS")
                .isEqualTo("source:9");
        assertThat(FigureSupport.originatorKey(null, null, "source:3")).as("the outlet's own reporting")
                .isEqualTo("source:3");
        assertThat(FigureSupport.outletKey(null, 42)).isEqualTo("article:42");
        assertThat(FigureSupport.outletKey(3L, 42)).isEqualTo("source:3");
    }

    @Test
    void groupingCandidatesByKeyCountsTheSameAsReadingThemAll() {
        List<FigureSupport.Mention> all = new ArrayList<>();
        String[] forces = {"US", "FRENCH"};
        String[] places = {null, "place:erbil"};
        String[] stances = {"asserted", "denied"};
        String[] months = {"2024-12", "2024-12-20", "2025-01"};
        long[] values = {2000, 1900, 900};
        int n = 0;
        for (String force : forces) {
            for (String place : places) {
                for (String stance : stances) {
                    for (String month : months) {
                        for (long value : values) {
                            n++;
                            all.add(mention(force, "SY", place, stance, month, n % 3 == 0 ? Qualifier.APPROX : Qualifier.EXACT,
                                    value, "source:o" + (n % 4), "source:outlet" + (n % 5)));
                        }
                    }
                }
            }
        }
        var groups = FigureSupport.byKey(all);
        int withOthers = 0;
        for (FigureSupport.Mention subject : all) {
            Confirmations whole = FigureSupport.of(subject, all);
            assertThat(FigureSupport.of(subject, groups)).as("confirmations of %s", subject).isEqualTo(whole);
            withOthers += whole.independent() + whole.echoes() > 1 ? 1 : 0;
        }
        assertThat(withOthers).as("the table has figures confirmed by others").isPositive();
    }
}
