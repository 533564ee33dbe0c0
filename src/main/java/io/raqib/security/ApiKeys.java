package io.raqib.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.raqib.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Creates, lists, revokes and verifies API keys. Verification costs one bcrypt check the first
 * time a key is seen; then the key's SHA-256 fingerprint finds it in memory for
 * {@code raqib.auth.key-cache-ttl}, so reads stay fast. Times are the system's, not the
 * replaceable "today" clock of the domain.
 */
@ApplicationScoped
public class ApiKeys {
    private static final Logger LOG = Logger.getLogger(ApiKeys.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final int MAX_CACHED = 10_000;

    @Inject
    AuthConfig config;

    private final Map<String, Cached> verified = new ConcurrentHashMap<>();
    private final Map<Long, Instant> lastTouched = new ConcurrentHashMap<>();

    private record Cached(VerifiedKey key, Instant until) {
    }

    /** A new key: the only moment the key itself exists outside the caller's hands. */
    public record Created(ApiKey stored, String key) {
    }

    @Transactional
    public Created create(Optional<String> requestedName, Role role) {
        KeyFormat.Parts parts = KeyFormat.generate();
        String name = requestedName.map(String::strip).filter(n -> !n.isEmpty())
                .orElse(role.code() + "-" + parts.publicId().substring(0, 8));
        if (!NAME.matcher(name).matches()) {
            throw new ProblemException(400, "validation", "Invalid request",
                    "name: 1 to 64 characters, letters, digits and . _ @ - (starting with a letter or digit)");
        }
        if (ApiKey.findByName(name).isPresent()) {
            throw new ProblemException(409, "conflict", "Conflict", "a key named '" + name + "' exists already");
        }
        ApiKey key = new ApiKey();
        key.name = name;
        key.publicId = parts.publicId();
        key.secretHash = BcryptUtil.bcryptHash(parts.secret());
        key.role = role;
        key.createdAt = Instant.now();
        key.persist();
        LOG.infof("API key '%s' (%s) created", name, role.code());
        return new Created(key, parts.key());
    }

    @Transactional
    public List<ApiKey> list() {
        return ApiKey.listByCreation();
    }

    /** Revokes the named key; revoking it again changes nothing. Effective at once on this node. */
    @Transactional
    public ApiKey revoke(String name) {
        ApiKey key = ApiKey.findByName(name).orElseThrow(() ->
                new ProblemException(404, "not-found", "Not Found", "no API key named '" + name + "'"));
        if (!key.revoked()) {
            key.revokedAt = Instant.now();
            LOG.infof("API key '%s' revoked", name);
        }
        verified.values().removeIf(c -> c.key().id() == key.id);
        return key;
    }

    /** The key's owner, or empty when the key is malformed, unknown, revoked or wrong. Blocking. */
    public Optional<VerifiedKey> verify(String presented) {
        String fingerprint = KeyFormat.fingerprint(presented);
        Instant now = Instant.now();
        Cached cached = verified.get(fingerprint);
        if (cached != null && cached.until().isAfter(now)) {
            touch(cached.key(), now);
            return Optional.of(cached.key());
        }
        Optional<VerifiedKey> found = KeyFormat.parse(presented).flatMap(parts -> QuarkusTransaction.requiringNew()
                .call(() -> ApiKey.findByPublicId(parts.publicId())
                        .filter(k -> !k.revoked())
                        .filter(k -> BcryptUtil.matches(parts.secret(), k.secretHash))
                        .map(k -> new VerifiedKey(k.id, k.name, k.role))));
        if (found.isEmpty()) {
            verified.remove(fingerprint);
            return found;
        }
        if (verified.size() >= MAX_CACHED) {
            verified.clear();
        }
        verified.put(fingerprint, new Cached(found.get(), now.plus(config.keyCacheTtl())));
        touch(found.get(), now);
        return found;
    }

    /** Writes the last use at most once per {@code raqib.auth.last-use-interval} and key. */
    private void touch(VerifiedKey key, Instant now) {
        Instant previous = lastTouched.get(key.id());
        if (previous != null && previous.plus(config.lastUseInterval()).isAfter(now)) {
            return;
        }
        lastTouched.put(key.id(), now);
        QuarkusTransaction.requiringNew().run(() -> ApiKey.touch(key.id(), now));
    }
}
