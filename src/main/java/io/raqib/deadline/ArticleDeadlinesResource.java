package io.raqib.deadline;

import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deadlines read from (or added to) one article. */
@Path("/articles/{id}/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deadlines")
public class ArticleDeadlinesResource {
    @Inject
    DeadlineQueries deadlines;

    @GET
    @Operation(operationId = "listArticleDeadlines", summary = "Deadlines of an article",
            description = "Title deadlines first, then body deadlines, in text order; vague ones (no due date) too.")
    @APIResponse(responseCode = "200", description = "A page of the article's deadlines")
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<DeadlineView> list(@PathParam("id") @Parameter(example = "7") long id, @BeanParam Paging paging) {
        return deadlines.ofArticle(id, paging.validated());
    }
}
