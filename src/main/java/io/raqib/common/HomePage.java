package io.raqib.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The dashboard's home page lives once, at {@code /ui/index.html}. {@code /} serves that same
 * page (rerouted inside the server, so the address stays {@code /} and its links, all absolute,
 * work), and {@code /index.html} redirects to {@code /}.
 */
@ApplicationScoped
public class HomePage {
    static final String PAGE = "/ui/index.html";

    void routes(@Observes Router router) {
        router.get("/").handler(rc -> rc.reroute(PAGE));
        router.get("/index.html").handler(rc -> rc.redirect("/"));
    }
}
