package io.raqib.common;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.Unremovable;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** Who is making a change: the caller's principal (API key name or token subject). */
@ApplicationScoped
@Unremovable
public class Actors {
    public static final String ANONYMOUS = "anonymous";
    /** Work that no request asked for: start-up loading, scheduled jobs. */
    public static final String SYSTEM = "system";

    @Inject
    Instance<SecurityIdentity> identity;

    @Inject
    CurrentVertxRequest http;

    /**
     * The current caller, "anonymous" without credentials, "system" outside any HTTP request. An
     * active request context alone is not a request: Quarkus activates one for start-up observers
     * (the sample loader, the source seeds) and scheduled jobs, whose identity is anonymous.
     */
    public static String current() {
        ArcContainer arc = Arc.container();
        if (arc == null || !arc.requestContext().isActive()) {
            return SYSTEM;
        }
        return arc.instance(Actors.class).get().caller();
    }

    String caller() {
        if (http.getCurrent() == null) {
            return SYSTEM;
        }
        if (!identity.isResolvable()) {
            return ANONYMOUS;
        }
        SecurityIdentity who = identity.get();
        if (who.isAnonymous() || who.getPrincipal() == null || who.getPrincipal().getName() == null
                || who.getPrincipal().getName().isBlank()) {
            return ANONYMOUS;
        }
        String name = who.getPrincipal().getName();
        return name.length() > 300 ? name.substring(0, 300) : name;
    }
}
