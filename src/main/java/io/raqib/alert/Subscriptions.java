package io.raqib.alert;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import io.raqib.claim.extraction.FigureKind;
import io.raqib.common.Actors;
import io.raqib.common.Codes;
import io.raqib.common.MergePatch;
import io.raqib.common.PageView;
import io.raqib.common.Paging;
import io.raqib.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Webhook subscriptions: made, read, changed, paused, resumed and removed by editors; their delivery log. */
@ApplicationScoped
public class Subscriptions {
    static final int SECRET_MIN = 16;
    static final int SECRET_MAX = 256;

    @Inject
    MergePatch mergePatch;

    @Inject
    WebhookConfig config;

    private TargetAddresses targets;

    @jakarta.annotation.PostConstruct
    void start() {
        targets = TargetAddresses.of(config);
    }

    @Transactional
    public SubscriptionView create(SubscriptionInput input) {
        Subscription s = new Subscription();
        s.url = url(input.url());
        s.secret = secret(input.secret());
        s.eventTypes(events(input.events()));
        filter(s, input.filter() == null ? SubscriptionFilter.NONE : input.filter());
        s.status = Subscription.Status.ACTIVE;
        s.createdBy = Actors.current();
        s.createdAt = Instant.now();
        s.updatedAt = s.createdAt;
        s.persist();
        RecordedEvents.add(s.eventTypes());
        return SubscriptionView.of(s);
    }

    @Transactional
    public PageView<SubscriptionView> list(Paging paging) {
        var found = Subscription.findAll(Sort.by("id")).page(paging.page, paging.size);
        return new PageView<>(found.<Subscription>list().stream().map(SubscriptionView::of).toList(), found.count(),
                paging.page, paging.size);
    }

    @Transactional
    public SubscriptionView get(long id) {
        return SubscriptionView.of(require(id));
    }

    /** JSON merge patch (RFC 7396) of url, secret, events and filter. */
    @Transactional
    public SubscriptionView patch(long id, JsonNode body) {
        Set<String> fields = mergePatch.fields(body, Set.copyOf(SubscriptionPatch.FIELDS),
                "the body must be a JSON object (a merge patch)",
                name -> "unknown or read-only field '" + name + "'; a patch may set " + SubscriptionPatch.FIELDS);
        Subscription s = require(id);
        SubscriptionPatch p = mergePatch.merge(SubscriptionPatch.of(s), body, SubscriptionPatch.class);
        if (fields.contains("url")) {
            s.url = url(p.url());
        }
        if (fields.contains("secret")) {
            s.secret = secret(p.secret());
        }
        if (fields.contains("events")) {
            s.eventTypes(events(p.events()));
        }
        if (fields.contains("filter")) {
            filter(s, p.filter() == null ? SubscriptionFilter.NONE : p.filter());
        }
        s.updatedAt = Instant.now();
        RecordedEvents.add(s.eventTypes());
        return SubscriptionView.of(s);
    }

    @Transactional
    public SubscriptionView pause(long id) {
        Subscription s = require(id);
        if (s.status == Subscription.Status.ACTIVE) {
            s.pause("paused by " + Actors.current(), Instant.now());
        }
        return SubscriptionView.of(s);
    }

    /** Active again; deliveries that waited are tried at the next run. */
    @Transactional
    public SubscriptionView resume(long id) {
        Subscription s = require(id);
        Instant now = Instant.now();
        s.resume(now);
        Delivery.retryNow(s.id, now);
        RecordedEvents.add(s.eventTypes());
        return SubscriptionView.of(s);
    }

    /** Removes the subscription with its deliveries and their log (bulk deletes: nothing is loaded). */
    @Transactional
    public void delete(long id) {
        Subscription s = require(id);
        DeliveryAttempt.delete("deliveryId in (select d.id from Delivery d where d.subscription.id = ?1)", s.id);
        Delivery.delete("subscription.id", s.id);
        s.delete();
    }

    @Transactional
    public PageView<DeliveryView> deliveries(long id, Paging paging) {
        Subscription s = require(id);
        List<Delivery> page = Delivery.ofSubscription(s.id, paging.page, paging.size);
        Map<String, List<DeliveryAttempt>> attempts = DeliveryAttempt.of(page.stream().map(d -> d.id).toList())
                .stream().collect(Collectors.groupingBy(a -> a.deliveryId));
        List<DeliveryView> items = page.stream()
                .map(d -> DeliveryView.of(d, attempts.getOrDefault(d.id, List.of()))).toList();
        return new PageView<>(items, Delivery.countOf(s.id), paging.page, paging.size);
    }

    private static Subscription require(long id) {
        Subscription s = Subscription.findById(id);
        if (s == null) {
            throw ProblemException.notFound("subscription", id);
        }
        return s;
    }

    /** An absolute http or https URL with a host, no credentials, and not on an internal network. */
    String url(String value) {
        String url = syntax(value);
        targets.refusalOnSubscribe(URI.create(url).getHost()).ifPresent(why -> {
            throw ProblemException.badRequest("url must point to a public address: " + why);
        });
        return url;
    }

    /** An absolute http or https URL with a host. */
    static String syntax(String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.badRequest("url is required");
        }
        String url = value.strip();
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ProblemException.badRequest("url is not a valid URL: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw ProblemException.badRequest("url must be an absolute http or https URL such as "
                    + "https://desk.example.org/hooks/raqib, not '" + url + "'");
        }
        if (uri.getRawUserInfo() != null) {
            throw ProblemException.badRequest("url must not carry a user name or password; deliveries are signed instead");
        }
        if (url.length() > 2000) {
            throw ProblemException.badRequest("url must be at most 2000 characters");
        }
        return url;
    }

    static String secret(String value) {
        if (value == null || value.length() < SECRET_MIN || value.length() > SECRET_MAX || value.isBlank()) {
            throw ProblemException.badRequest("secret must be " + SECRET_MIN + " to " + SECRET_MAX + " characters");
        }
        return value;
    }

    static Set<EventType> events(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            throw ProblemException.badRequest("events must name at least one of " + EventType.codes());
        }
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        List<String> unknown = new ArrayList<>();
        for (String code : codes) {
            EventType.of(code == null ? "" : code.strip()).ifPresentOrElse(types::add, () -> unknown.add(code));
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.badRequest("unknown event " + unknown + "; events are " + EventType.codes());
        }
        return types;
    }

    private static void filter(Subscription s, SubscriptionFilter f) {
        s.filterForce = Codes.force("filter.force", f.force());
        s.filterCountry = Codes.country("filter.country", f.country());
        s.filterKind = Codes.code(Codes.parse(FigureKind.class, "filter.kind", f.kind()));
    }
}
