package io.raqib.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every text field of the annotated record holds text, not binary junk: no NUL or other control
 * characters (tab, line feed and carriage return aside), and none at all, line breaks included, in
 * the fields named {@link #singleLine()} (titles, names). Checked by Bean Validation before each
 * insert and update, so every way in (JSON, imports, patches, extraction) meets the same rule.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CleanTextValidator.class)
public @interface CleanText {
    String message() default "must not contain control characters";

    /** Fields that are one line: a title, a name. */
    String[] singleLine() default {};

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
