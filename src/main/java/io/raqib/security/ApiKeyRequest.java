package io.raqib.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key as presented in X-API-Key or Authorization: Bearer. */
public class ApiKeyRequest extends BaseAuthenticationRequest {
    private final String key;

    public ApiKeyRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
