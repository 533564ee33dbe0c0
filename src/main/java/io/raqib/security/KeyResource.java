package io.raqib.security;

import io.raqib.common.Problem;
import io.raqib.common.ProblemException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** API keys, for admins (the path policy on /admin/* says so). */
@Path("/admin/keys")
@Tag(name = "Keys", description = "API keys and their roles (admin only)")
public class KeyResource {
    @Inject
    ApiKeys keys;

    /** Body of a key creation. */
    @Schema(name = "KeyRequest")
    public record KeyRequest(
            @Schema(description = "Unique name; recorded as the author of every change made with the key. "
                    + "Default: the role and a few characters of the key's id", example = "newsroom-desk") String name,
            @Schema(required = true, enumeration = {"reader", "editor", "admin"}, example = "editor") String role) {
    }

    /** A new key: the only answer that shows it. */
    @Schema(name = "CreatedKey")
    public record CreatedKey(
            @Schema(example = "newsroom-desk") String name,
            @Schema(example = "editor") String role,
            Instant createdAt,
            @Schema(description = "The key: send it as `X-API-Key` or `Authorization: Bearer`. Shown only now; "
                    + "only its bcrypt hash is stored", example = "rq_0123456789abcdef.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_AbCdE")
            String key) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listApiKeys", summary = "List API keys", description = "Every key, active or revoked, oldest first; never the keys themselves.")
    @APIResponse(responseCode = "200", description = "The keys",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KeyView[].class)),
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                        description = "One key a line: name, role, created, last used, state; tab-separated"))})
    public List<KeyView> list() {
        return keys.list().stream().map(KeyView::of).toList();
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(hidden = true)
    public String listAsText() {
        return list().stream().map(KeyView::line).collect(Collectors.joining("\n", "", "\n"));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createApiKey", summary = "Create an API key", description = "Answers the key once; store it, it cannot be shown again.")
    @APIResponse(responseCode = "201", description = "The new key",
            content = @Content(schema = @Schema(implementation = CreatedKey.class)))
    @APIResponse(responseCode = "400", description = "Unknown role or invalid name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A key with this name exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(KeyRequest request) {
        if (request == null || request.role() == null) {
            throw ProblemException.badRequest("role: one of reader, editor, admin is required");
        }
        Role role = Role.of(request.role()).orElseThrow(() ->
                ProblemException.badRequest("role: '" + request.role() + "' is not one of reader, editor, admin"));
        ApiKeys.Created created = keys.create(Optional.ofNullable(request.name()), role);
        return Response.created(URI.create("/admin/keys/" + created.stored().name))
                .entity(new CreatedKey(created.stored().name, role.code(), created.stored().createdAt, created.key()))
                .build();
    }

    @DELETE
    @Path("{name}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeApiKey", summary = "Revoke an API key", description = "The key stops working at once; it stays listed, revoked.")
    @APIResponse(responseCode = "200", description = "The revoked key",
            content = @Content(schema = @Schema(implementation = KeyView.class)))
    @APIResponse(responseCode = "404", description = "No key with this name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KeyView revoke(@PathParam("name") @Parameter(example = "newsroom-desk") String name) {
        return KeyView.of(keys.revoke(name));
    }
}
