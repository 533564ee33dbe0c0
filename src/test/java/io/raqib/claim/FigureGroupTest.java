package io.raqib.claim;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.claim.extraction.Qualifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kept groups answer exactly what comparing a subject with every candidate answers. */
class FigureGroupTest {
    private static long ids = 0;

    private static FigureSupport.Mention mention(long id, String force, String place, String stance, String asOf,
                                                 Qualifier q, long value, String originator, String outlet) {
        return new FigureSupport.Mention(id, force, "SY", place, "presence", stance, FigureSupport.period(asOf),
                FigureInterval.of(q, value, q == Qualifier.RANGE ? value - 100 : null, q == Qualifier.RANGE ? value + 100 : null),
                originator, outlet);
    }

    /** Candidates of every shape: forces, places, stances, periods, qualifiers, figures, originators, outlets. */
    private static List<FigureSupport.Mention> archive() {
        List<FigureSupport.Mention> all = new ArrayList<>();
        Qualifier[] qualifiers = {Qualifier.EXACT, Qualifier.APPROX, Qualifier.MORE_THAN, Qualifier.AT_MOST, Qualifier.RANGE};
        int n = 0;
        for (String force : new String[] {"US", "FRENCH"}) {
            for (String place : new String[] {null, "place:erbil"}) {
                for (String stance : new String[] {"asserted", "denied"}) {
                    for (String asOf : new String[] {"2024-12", "2024-12-20", "2024"}) {
                        for (long value : new long[] {2000, 1900, 900}) {
                            for (int k = 0; k < 3; k++) {
                                n++;
                                all.add(mention(++ids, force, place, stance, asOf, qualifiers[n % qualifiers.length], value,
                                        "source:o" + (n % 4), "source:outlet" + (n % 5)));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    @Test
    void everySubjectCountsAsOverAllTheCandidates() {
        List<FigureSupport.Mention> all = archive();
        all.add(mention(++ids, null, null, "asserted", "2024-12", Qualifier.EXACT, 2000, "source:o1", "source:outlet1"));
        Map<List<String>, FigureGroup> groups = FigureGroup.byKey(all);
        int confirmed = 0;
        for (int pass = 0; pass < 2; pass++) { // the second pass answers from what the first kept
            for (FigureSupport.Mention subject : all) {
                Confirmations whole = FigureSupport.of(subject, all);
                assertThat(FigureGroup.of(subject, groups)).as("pass %d, %s", pass, subject).isEqualTo(whole);
                confirmed += whole.independent() + whole.echoes() > 1 ? 1 : 0;
            }
        }
        assertThat(confirmed).as("the archive has figures others confirm").isPositive();
    }

    @Test
    void aSubjectSeenOtherwiseThanItsOwnRowCountsAsItIsNow() {
        List<FigureSupport.Mention> all = archive();
        Map<List<String>, FigureGroup> groups = FigureGroup.byKey(all);
        for (FigureSupport.Mention row : all) {
            FigureGroup.of(row, groups); // every signature answered and kept
        }
        // the index holds a newer state of some claims than the database did when their bucket was read:
        // another figure, another originator, another outlet; each must not take the kept answer of its row
        for (FigureSupport.Mention row : all.subList(0, 60)) {
            for (FigureSupport.Mention now : List.of(
                    new FigureSupport.Mention(row.id(), row.force(), row.country(), row.placeKey(), row.kind(), row.stance(),
                            row.period(), FigureInterval.of(Qualifier.EXACT, 5000L, null, null), row.originator(), row.outlet()),
                    new FigureSupport.Mention(row.id(), row.force(), row.country(), row.placeKey(), row.kind(), row.stance(),
                            row.period(), row.interval(), "source:elsewhere", row.outlet()),
                    new FigureSupport.Mention(row.id(), row.force(), row.country(), row.placeKey(), row.kind(), row.stance(),
                            row.period(), row.interval(), row.originator(), "source:another-outlet"))) {
                assertThat(FigureGroup.of(now, groups)).as("%s now %s", row, now).isEqualTo(FigureSupport.of(now, all));
            }
        }
    }

    @Test
    void aSubjectWithoutGroupOrNumberStandsAlone() {
        Map<List<String>, FigureGroup> groups = FigureGroup.byKey(archive());
        FigureSupport.Mention otherCountry = new FigureSupport.Mention(++ids, "US", "IQ", null, "presence", "asserted",
                "2024-12", FigureInterval.of(Qualifier.EXACT, 2000L, null, null), "source:o1", "source:outlet1");
        FigureSupport.Mention noNumber = new FigureSupport.Mention(++ids, "US", "SY", null, "presence", "asserted",
                "2024-12", null, "source:o1", "source:outlet1");
        assertThat(FigureGroup.of(otherCountry, groups)).isEqualTo(new Confirmations(1, 0));
        assertThat(FigureGroup.of(noNumber, groups)).isEqualTo(new Confirmations(1, 0));
    }
}
