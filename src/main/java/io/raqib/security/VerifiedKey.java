package io.raqib.security;

/** Who a valid key belongs to: its name becomes the principal name, its role the identity's role. */
public record VerifiedKey(long id, String name, Role role) {
}
