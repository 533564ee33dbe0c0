package io.raqib.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.raqib.common.CreatedResponse;
import io.raqib.common.MergePatch;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** HTTP mapping of webhook subscriptions (editors only: the path policy on /subscriptions says so). */
@Path("/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Be told when claims and deadlines appear, are reviewed or postponed, and when "
        + "figures start to conflict: signed JSON POSTs to your URL, retried with back-off, logged per attempt")
public class SubscriptionResource {
    @Inject
    Subscriptions subscriptions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSubscription", summary = "Subscribe a URL to events",
            description = "Each event is POSTed to `url` as `{\"event\", \"id\", \"at\", \"data\"}` (data: the claim, "
                    + "deadline or conflict as the API shows it) with headers `X-Raqib-Event`, `X-Raqib-Delivery` (the "
                    + "id, the same on every retry) and `X-Raqib-Signature: sha256=<hex HMAC-SHA256 of the exact body "
                    + "with secret>`. Any 2xx is success; anything else is retried with a doubling wait. A target that "
                    + "has failed for a day (raqib.webhooks.pause-after) is paused and says why. The secret is never "
                    + "shown again. `url` must lead to a public address: loopback, private, link-local (cloud metadata), "
                    + "multicast and unspecified addresses are refused, whether written as a name that resolves to one, "
                    + "an IPv6 form carrying one, or a decimal, octal or hexadecimal number; the address is checked "
                    + "again at every delivery, and redirects are not followed.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SubscriptionInput.class), examples = @ExampleObject(
            name = "US figures in Syria", ref = "subscriptionCreate")))
    @APIResponse(responseCode = "201", description = "Subscribed",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Not an absolute http(s) URL, a URL with credentials or leading to "
            + "an internal address, a secret too short or too long, an unknown event or filter code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown event", ref = "subscriptionUnknownEvent")))
    @APIResponse(responseCode = "415", description = "Not JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a JSON subscription is required") SubscriptionInput input,
                           UriInfo uri) {
        SubscriptionView created = subscriptions.create(input);
        return CreatedResponse.of(uri, created.id(), created);
    }

    @GET
    @Operation(operationId = "listSubscriptions", summary = "List webhook subscriptions",
            description = "Every subscription, oldest first, with its state (active or paused, and why) and how many "
                    + "deliveries wait. Never the secrets.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions",
            content = @Content(schema = @Schema(implementation = SubscriptionPages.Subscriptions.class)))
    @APIResponse(responseCode = "400", description = "Bad paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<SubscriptionView> list(@BeanParam Paging paging) {
        return subscriptions.list(paging.validated());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getSubscription", summary = "A webhook subscription",
            description = "Its URL, events, filter and state: `paused` with `pausedReason` when an editor paused it or "
                    + "its target kept failing; `failingSince` while deliveries fail.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView get(@PathParam("id") @Parameter(example = "3") long id) {
        return subscriptions.get(id);
    }

    @PATCH
    @Path("{id}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "updateSubscription", summary = "Change a webhook subscription",
            description = "A JSON merge patch of url, secret, events and filter. Deliveries already made keep the body "
                    + "they were made with; a new secret signs their next attempts. A new `url` is checked as on "
                    + "subscribing (public addresses only).")
    @RequestBody(content = {
            @Content(mediaType = MergePatch.MEDIA_TYPE, schema = @Schema(implementation = SubscriptionPatch.class),
                    examples = @ExampleObject(name = "deadlines in Iraq", ref = "subscriptionPatch")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionPatch.class))})
    @APIResponse(responseCode = "200", description = "The subscription as it now stands",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "Unknown field, bad or internal URL, secret, event or filter code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not http", ref = "subscriptionBadUrl")))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not a JSON (merge patch) body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView patch(@PathParam("id") @Parameter(example = "3") long id, JsonNode patch) {
        return subscriptions.patch(id, patch);
    }

    @POST
    @Path("{id}/pause")
    @Operation(operationId = "pauseSubscription", summary = "Pause a webhook subscription",
            description = "Nothing is sent while it is paused and new events are not queued for it; deliveries already "
                    + "waiting stay until it is resumed. Pausing a paused subscription changes nothing.")
    @APIResponse(responseCode = "200", description = "The paused subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView pause(@PathParam("id") @Parameter(example = "3") long id) {
        return subscriptions.pause(id);
    }

    @POST
    @Path("{id}/resume")
    @Operation(operationId = "resumeSubscription", summary = "Resume a webhook subscription",
            description = "Active again, whether an editor paused it or its failing target did: the failure clock "
                    + "starts over and the deliveries that waited are tried at once.")
    @APIResponse(responseCode = "200", description = "The active subscription",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SubscriptionView resume(@PathParam("id") @Parameter(example = "3") long id) {
        return subscriptions.resume(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "deleteSubscription", summary = "Remove a webhook subscription",
            description = "With its waiting deliveries and its delivery log.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") @Parameter(example = "3") long id) {
        subscriptions.delete(id);
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(operationId = "listSubscriptionDeliveries", summary = "A subscription's delivery log",
            description = "Its deliveries, newest first, each with its state and every attempt: when, the HTTP status "
                    + "the target answered (or the error when none came) and how long it took.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(schema = @Schema(implementation = SubscriptionPages.Deliveries.class)))
    @APIResponse(responseCode = "400", description = "Bad paging",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such subscription",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageView<DeliveryView> deliveries(@PathParam("id") @Parameter(example = "3") long id,
                                             @BeanParam Paging paging) {
        return subscriptions.deliveries(id, paging.validated());
    }
}
