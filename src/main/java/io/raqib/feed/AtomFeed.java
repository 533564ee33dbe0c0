package io.raqib.feed;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** An Atom 1.0 feed written with Rome: the feed's own metadata, then one entry per item. */
final class AtomFeed {
    static final String MEDIA_TYPE = "application/atom+xml";
    /** What the feeds are served as. */
    static final String CONTENT_TYPE = MEDIA_TYPE + ";charset=UTF-8";

    private final SyndFeed feed = new SyndFeedImpl();
    private final List<SyndEntry> entries = new ArrayList<>();
    private Instant newest;

    AtomFeed(String title, String subtitle, URI self, URI alternate) {
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setDescription(subtitle);
        feed.setUri(self.toString());
        feed.setLanguage("ar");
        feed.setLinks(List.of(link("self", self.toString(), MEDIA_TYPE), link("alternate", alternate.toString(), "text/html")));
        SyndPerson raqib = new SyndPersonImpl();
        raqib.setName("رقيب");
        feed.setAuthors(List.of(raqib));
    }

    /** One entry; {@code related} (the article where it was read) may be null, so may categories (left out). */
    AtomFeed entry(String id, String title, String text, String author, URI alternate, String related,
                   Instant published, Instant updated, List<String> categories) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setUri(id);
        entry.setTitle(title);
        List<SyndLink> links = new ArrayList<>();
        links.add(link("alternate", alternate.toString(), "text/html"));
        if (related != null) {
            links.add(link("related", related, null));
        }
        entry.setLinks(links);
        SyndContent content = new SyndContentImpl();
        content.setType("text");
        content.setValue(text);
        entry.setContents(List.of(content));
        if (author != null) {
            SyndPerson person = new SyndPersonImpl();
            person.setName(author);
            entry.setAuthors(List.of(person));
        }
        Instant changed = updated != null ? updated : published;
        entry.setPublishedDate(published == null ? null : Date.from(published));
        entry.setUpdatedDate(changed == null ? null : Date.from(changed));
        List<SyndCategory> tags = new ArrayList<>();
        for (String term : categories.stream().filter(c -> c != null && !c.isBlank()).toList()) {
            SyndCategory category = new SyndCategoryImpl();
            category.setName(term);
            tags.add(category);
        }
        entry.setCategories(tags);
        entries.add(entry);
        if (changed != null && (newest == null || changed.isAfter(newest))) {
            newest = changed;
        }
        return this;
    }

    /** The feed as the answer to a GET. */
    Response response() {
        return Response.ok(write(), CONTENT_TYPE).build();
    }

    String write() {
        feed.setEntries(entries);
        // Atom requires <updated>: the latest change among the entries, or now for an empty feed
        feed.setPublishedDate(Date.from(newest != null ? newest : Instant.now()));
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("could not write the Atom feed", e);
        }
    }

    private static SyndLink link(String rel, String href, String type) {
        SyndLink link = new SyndLinkImpl();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
