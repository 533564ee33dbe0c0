package io.raqib.deadline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.quarkus.test.InjectMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.arabic.ReducedDate;
import io.raqib.common.ProblemException;
import io.raqib.config.RaqibConfig;
import io.raqib.deadline.extraction.DeadlineModifier;
import io.raqib.testsupport.TestServersResource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * GET /deadlines.ics as HTTP: the query reaches the queries as a filter, the answer is the rendered
 * calendar with its media type and file name, a refused filter is a problem. The deadlines behind
 * it are the queries' business (DeadlineResourceTest covers them on real data), so they are mocked.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class DeadlineCalendarResourceTest {
    @InjectMock
    DeadlineQueries queries;

    @Inject
    RaqibConfig config;

    @Test
    void theFilterGoesToTheQueriesAndTheCalendarComesBack() {
        DeadlineView mid2026 = DeadlineCalendarTest.deadline(41, ReducedDate.ofYear(2026), DeadlineModifier.MID,
                "منتصف 2026", "جملة الإعلان.", DeadlineStatus.UPCOMING, null);
        when(queries.calendar(any(), anyInt())).thenReturn(List.of(mid2026));

        byte[] body = given().queryParam("force", "US").queryParam("country", "IQ").when().get("/deadlines.ics")
                .then().statusCode(200).contentType(startsWith("text/calendar"))
                .header("Content-Disposition", equalTo("inline; filename=\"raqib-deadlines.ics\""))
                .extract().asByteArray();
        String ics = new String(body, StandardCharsets.UTF_8);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nUID:deadline-41@raqib\r\n")
                .contains("\r\nDTSTART;VALUE=DATE:20260831\r\n").endsWith("END:VCALENDAR\r\n");

        ArgumentCaptor<DeadlineFilter> filter = ArgumentCaptor.forClass(DeadlineFilter.class);
        ArgumentCaptor<Integer> limit = ArgumentCaptor.forClass(Integer.class);
        verify(queries).calendar(filter.capture(), limit.capture());
        assertThat(filter.getValue().force).isEqualTo("US");
        assertThat(filter.getValue().country).isEqualTo("IQ");
        assertThat(limit.getValue()).isEqualTo(config.deadlines().calendarMaxEvents());
    }

    @Test
    void aFilterTheQueriesRefuseIsAProblem() {
        when(queries.calendar(any(), anyInt())).thenThrow(ProblemException.badRequest("status must be one of …"));
        given().queryParam("status", "soon").when().get("/deadlines.ics").then().statusCode(400)
                .contentType("application/problem+json").body("detail", startsWith("status must be one of"));
    }
}
