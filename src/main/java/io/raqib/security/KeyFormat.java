package io.raqib.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shape of an API key, {@code rq_<public id>.<secret>}: 16 hex digits that find the stored
 * row, then 43 base64url characters (256 random bits) checked against its bcrypt hash. The prefix
 * tells a key from an OIDC token sent the same way.
 */
public final class KeyFormat {
    public static final String PREFIX = "rq_";
    private static final Pattern SHAPE = Pattern.compile("rq_([0-9a-f]{16})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFormat() {
    }

    public record Parts(String publicId, String secret) {
        public String key() {
            return PREFIX + publicId + "." + secret;
        }
    }

    public static Parts generate() {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        return new Parts(HexFormat.of().formatHex(id), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    public static boolean looksLikeKey(String presented) {
        return presented != null && presented.startsWith(PREFIX);
    }

    public static Optional<Parts> parse(String presented) {
        if (presented == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(presented);
        return m.matches() ? Optional.of(new Parts(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The in-memory cache is keyed by this, so the cache never holds a usable key either. */
    public static String fingerprint(String presented) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(presented.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Random text for one-off secrets (the bootstrap secret). */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
