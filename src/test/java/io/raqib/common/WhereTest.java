package io.raqib.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhereTest {

    @Test
    void withoutConditionsTheQueryIsTheFromClause() {
        assertThat(new Where().query("from Claim c")).isEqualTo("from Claim c");
    }

    @Test
    void conditionsWithoutAValueAreLeftOut() {
        Where where = new Where().and("c.force = :force", "force", "US").and("c.country = :country", "country", null)
                .and("c.asOfDate is not null");
        assertThat(where.query("from Claim c")).isEqualTo("from Claim c where c.force = :force and c.asOfDate is not null");
        assertThat(where.params().map()).containsOnlyKeys("force").containsEntry("force", "US");
    }
}
