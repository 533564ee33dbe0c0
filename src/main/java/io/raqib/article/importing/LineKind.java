package io.raqib.article.importing;

/** What a line of a news document is, judged from the line alone. */
enum LineKind {
    /** Nothing but spaces. */
    BLANK,
    /** "تاريخ النشر: …". */
    DATE,
    /** "المصدر: …" or "المصدر | …". */
    SOURCE,
    /** "كلمات دلالية: …". */
    KEYWORDS,
    /** "إقرأ أيضاً:" / "اقرأ أيضاً": a related headline follows. */
    READ_ALSO,
    /** Anything else: a title or a paragraph, depending on where it stands. */
    TEXT
}
