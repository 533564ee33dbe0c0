package io.raqib.arabic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReducedDateTest {

    /** The ISO form says exactly what the text said: a year, a month or a day, zero-padded. */
    @ParameterizedTest
    @CsvSource({"2025,,,2025", "2025,9,,2025-09", "2026,12,31,2026-12-31", "2024,1,5,2024-01-05", "987,,,0987",
            "987,3,,0987-03"})
    void writesTheIsoFormAndReadsItBack(int year, Integer month, Integer day, String iso) {
        ReducedDate date = day != null ? ReducedDate.ofDay(year, month, day)
                : month != null ? ReducedDate.ofMonth(year, month) : ReducedDate.ofYear(year);
        assertThat(date.toIso()).isEqualTo(iso);
        assertThat(date.toString()).isEqualTo(iso);
        assertThat(ReducedDate.parse(iso)).isEqualTo(date);
    }
}
