package io.raqib.security;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Documents authentication in the contract without touching the resources: the two ways to send
 * a key, and the 401/403 (every operation) and 429 (every write) answers.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SecurityContract implements OASFilter {
    private static final String PROBLEM = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.setComponents(components);
        components.addSecurityScheme("apiKey", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name(ApiKeyMechanism.HEADER)
                .description("An API key (`./raqib key create` or POST /admin/keys). Roles: reader < editor "
                        + "(articles, claims, deadlines, review) < admin (reindex, re-extract, merges, keys, outbox, metrics)."));
        components.addSecurityScheme("bearer", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("The same API key as `Authorization: Bearer <key>`, or, when single sign-on is configured, "
                        + "an OIDC access token whose role claim names reader, editor or admin."));
        components.addResponse("Unauthorized", problem("No valid credentials: no key where one is needed, or an unknown, "
                + "malformed or revoked key or token. Carries `WWW-Authenticate: Bearer`."));
        components.addResponse("Forbidden", problem("The caller's role may not do this, or a browser page from an "
                + "origin that is not allowed tried to change data."));
        components.addResponse("TooManyRequests", problem("Too many writes from this key or client address; "
                + "`Retry-After` says how many seconds to wait.")
                .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))));

        SecurityRequirement apiKey = OASFactory.createSecurityRequirement().addScheme("apiKey");
        SecurityRequirement bearer = OASFactory.createSecurityRequirement().addScheme("bearer");
        SecurityRequirement none = OASFactory.createSecurityRequirement();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                boolean read = op.getKey() == PathItem.HttpMethod.GET || op.getKey() == PathItem.HttpMethod.HEAD;
                boolean keyNeeded = !read || path.getKey().startsWith("/admin");
                Operation operation = op.getValue();
                operation.setSecurity(keyNeeded ? List.of(apiKey, bearer) : List.of(none, apiKey, bearer));
                if (operation.getResponses() == null) {
                    operation.setResponses(OASFactory.createAPIResponses());
                }
                operation.getResponses().addAPIResponse("401", ref("Unauthorized"));
                operation.getResponses().addAPIResponse("403", ref("Forbidden"));
                if (!read) {
                    operation.getResponses().addAPIResponse("429", ref("TooManyRequests"));
                }
            }
        }
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))));
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }
}
