package io.raqib.deadline.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import io.raqib.article.ArticleField;
import io.raqib.testsupport.PipeTable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: every case is a line of {@code src/test/resources/deadlines/span-cases.txt}. */
class DateSpansTest {

    record Case(int line, LocalDate published, String sentence, List<String> dues) {
        @Override
        public String toString() {
            return line + ": " + sentence;
        }
    }

    static Stream<Case> cases() {
        return PipeTable.read("/deadlines/span-cases.txt").stream().map(row -> {
            String[] f = row.fields();
            return new Case(row.line(), f[0].equals("-") ? null : LocalDate.parse(f[0]), f[1],
                    f[2].equals("-") ? List.of() : Arrays.asList(f[2].split("\\s*,\\s*")));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void readsBothEndsOfAPlannedSpanAndNeitherOfAReportedOne(Case c) {
        List<String> dues = DeadlineExtractor.extract(c.sentence(), ArticleField.BODY, c.published()).stream()
                .map(d -> d.due() == null ? "null" : d.due().toIso())
                .toList();
        assertThat(dues).as("deadlines in «%s»", c.sentence()).isEqualTo(c.dues());
    }
}
