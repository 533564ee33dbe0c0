package io.raqib.feed;

import io.raqib.claim.ClaimFilter;
import io.raqib.claim.ClaimService;
import io.raqib.claim.ClaimView;
import io.raqib.common.Paging;
import io.raqib.common.Problem;
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

/** The claims as an Atom feed, for a journalist's feed reader. */
@Path("/claims.atom")
@Tag(name = "Claims")
public class ClaimFeedResource {
    @Inject
    ClaimService claims;

    @GET
    @Produces(AtomFeed.CONTENT_TYPE)
    @Operation(operationId = "claimsFeed", summary = "Claims as an Atom feed",
            description = "Atom 1.0 (RFC 4287): the page of claims GET /claims answers for the same filters and paging "
                    + "(newest as-of first), one entry per claim: the figure, force and place as title, the claim's "
                    + "sentence as content, the originator as author, the dashboard's claim page as link and the "
                    + "article as related link, the force, country, kind and review state as categories.")
    @APIResponse(responseCode = "200", description = "The feed", content = @Content(mediaType = AtomFeed.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "one entry", value =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"ar\">\n"
                    + "  <title>رقيب: أعداد القوات</title>\n  <entry>\n    <title>2,000 — القوات الأمريكية في سوريا</title>\n"
                    + "    <link rel=\"alternate\" href=\"http://localhost:8080/ui/claim.html?id=42\" />\n"
                    + "    <author><name>وزارة الدفاع الأمريكية</name></author>\n    <id>http://localhost:8080/claims/42</id>\n"
                    + "    <updated>2025-01-10T09:00:00Z</updated>\n    <content type=\"text\">ذكرت وزارة الدفاع الأمريكية "
                    + "أن عدد الجنود الأمريكيين في سوريا يبلغ 2000 جندي.</content>\n  </entry>\n</feed>\n")))
    @APIResponse(responseCode = "400", description = "Invalid filter or paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response feed(@BeanParam ClaimFilter filter, @BeanParam Paging paging, @Context UriInfo uri) {
        List<ClaimView> page = claims.list(filter.validated(), paging.validated()).items();
        URI base = uri.getBaseUri();
        AtomFeed feed = new AtomFeed("رقيب: أعداد القوات", "أعداد القوات الأجنبية كما تذكرها الأخبار العربية",
                uri.getRequestUri(), base.resolve("ui/"));
        for (ClaimView c : page) {
            feed.entry(base.resolve("claims/" + c.id()).toString(), FeedText.claimTitle(c), c.sentence(),
                    FeedText.originator(c.attributionChain(), c.attribution()),
                    base.resolve("ui/claim.html?id=" + c.id()), base.resolve("ui/article.html?id=" + c.articleId()).toString(),
                    c.createdAt(), c.updatedAt(), Arrays.asList(c.force(), c.country(), c.kind(), c.review()));
        }
        return feed.response();
    }
}
