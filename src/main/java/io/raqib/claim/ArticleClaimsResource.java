package io.raqib.claim;

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

/** The claims read from one article. */
@Path("/articles/{id}/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ArticleClaimsResource {
    @Inject
    ClaimService claims;

    @GET
    @Operation(operationId = "listArticleClaims", summary = "Claims of an article", description = "Title claims first, then body claims, in text order.")
    @APIResponse(responseCode = "200", description = "A page of the article's claims",
            content = @Content(schema = @Schema(implementation = ClaimPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such article",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<ClaimView> list(@PathParam("id") @Parameter(example = "7") long id, @BeanParam Paging paging) {
        return claims.ofArticle(id, paging.validated());
    }
}
