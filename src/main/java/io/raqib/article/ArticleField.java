package io.raqib.article;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which part of an article a text comes from (title or body); offsets are relative to that part. */
public enum ArticleField {
    TITLE("title"),
    BODY("body");

    private final String code;

    ArticleField(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
