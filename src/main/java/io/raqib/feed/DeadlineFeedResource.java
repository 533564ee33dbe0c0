package io.raqib.feed;

import io.raqib.common.Codes;
import io.raqib.common.Paging;
import io.raqib.common.Problem;
import io.raqib.deadline.DeadlineFilter;
import io.raqib.deadline.DeadlineQueries;
import io.raqib.deadline.DeadlineView;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deadlines as an Atom feed, for a journalist's feed reader. */
@Path("/deadlines.atom")
@Tag(name = "Deadlines")
public class DeadlineFeedResource {
    @Inject
    DeadlineQueries deadlines;

    @GET
    @Produces(AtomFeed.CONTENT_TYPE)
    @Operation(operationId = "deadlinesFeed", summary = "Deadlines as an Atom feed",
            description = "Atom 1.0 (RFC 4287): the page of deadlines GET /deadlines answers for the same filters and "
                    + "paging, one entry per deadline: the due date, subject, force and country as title, with its "
                    + "status (قادم، انقضى، أُجِّل، استُبدل), the sentence as content, the announcer as author, the "
                    + "dashboard's chain view as link and the article as related link.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = AtomFeed.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "one entry", value =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">\n"
                    + "  <title>رقيب: المواعيد المعلنة</title>\n  <entry>\n"
                    + "    <title>انتهاء المهمة — التحالف الدولي في العراق: 2025-09 (انقضى)</title>\n"
                    + "    <link rel=\"alternate\" href=\"http://localhost:8080/ui/deadlines.html?id=12\" />\n"
                    + "    <author><name>التحالف الدولي</name></author>\n    <id>http://localhost:8080/deadlines/12</id>\n"
                    + "    <content type=\"text\">أعلن التحالف الدولي أن مهمته العسكرية في بغداد تنتهي بحلول أيلول/سبتمبر "
                    + "2025.</content>\n  </entry>\n</feed>\n")))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging, or asKnownAt not a past instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response feed(@BeanParam DeadlineFilter filter, @BeanParam Paging paging, @Context UriInfo uri) {
        List<DeadlineView> page = deadlines.list(filter, paging.validated()).items();
        URI base = uri.getBaseUri();
        AtomFeed feed = new AtomFeed("رقيب: المواعيد المعلنة", "مواعيد الانسحاب وانتهاء المهام كما تعلنها الأخبار العربية",
                uri.getRequestUri(), base.resolve("ui/deadlines.html"));
        for (DeadlineView d : page) {
            feed.entry(base.resolve("deadlines/" + d.id()).toString(), FeedText.deadlineTitle(d), d.sentence(),
                    FeedText.originator(d.attributionChain(), d.announcedBy()),
                    base.resolve("ui/deadlines.html?id=" + d.id()), base.resolve("ui/article.html?id=" + d.articleId()).toString(),
                    d.createdAt(), d.updatedAt(),
                    Arrays.asList(d.force(), d.country(), Codes.code(d.subject()), Codes.code(d.status())));
        }
        return feed.response();
    }
}
