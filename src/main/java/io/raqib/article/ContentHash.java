package io.raqib.article;

import io.raqib.arabic.ArabicNormalizer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Identity of an article's content: SHA-256 of its normalised title and body, so the same
 * story re-posted with other diacritics, tatweel or spacing is recognised as already present.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(String title, String body) {
        String canonical = ArabicNormalizer.normalize(title) + "\n" + ArabicNormalizer.normalize(body);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
