package io.raqib.article;

import io.raqib.common.ProblemException;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters shared by the article list and article search. */
public class ArticleFilter {
    @QueryParam("outlet")
    @Parameter(description = "Outlet id, or any written form of its name", example = "شفق نيوز")
    public String outlet;

    @QueryParam("from")
    @Parameter(description = "Published on or after this date (ISO 8601)", example = "2024-01-01")
    public String from;

    @QueryParam("to")
    @Parameter(description = "Published on or before this date (ISO 8601)", example = "2025-12-31")
    public String to;

    @QueryParam("keyword")
    @Parameter(description = "Has this keyword (Arabic normalisation applies)", example = "القوات الأمريكية")
    public String keyword;

    public LocalDate fromDate() {
        return date("from", from);
    }

    public LocalDate toDate() {
        return date("to", to);
    }

    /** Checks the dates and their order; called before any query runs. */
    public void validate() {
        LocalDate start = fromDate();
        LocalDate end = toDate();
        if (start != null && end != null && start.isAfter(end)) {
            throw ProblemException.badRequest("from (" + start + ") is after to (" + end + ")");
        }
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(io.raqib.arabic.ArabicDigits.toAscii(value.strip()));
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest(name + " must be an ISO 8601 date such as 2025-09-30, not '" + value + "'");
        }
    }
}
