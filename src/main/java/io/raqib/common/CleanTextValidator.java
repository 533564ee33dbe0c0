package io.raqib.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;

/** Checks {@link CleanText} over a record's public text fields. */
public class CleanTextValidator implements ConstraintValidator<CleanText, Object> {
    private Set<String> singleLine;

    @Override
    public void initialize(CleanText annotation) {
        singleLine = Set.of(annotation.singleLine());
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        boolean valid = true;
        for (Field field : textFields(value.getClass())) {
            String text;
            try {
                text = (String) field.get(value);
            } catch (IllegalAccessException e) {
                continue;
            }
            int bad = firstControl(text, singleLine.contains(field.getName()));
            if (bad >= 0) {
                valid = false;
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(field.getName() + " must not contain control characters"
                                + String.format(" (U+%04X at character %d)", (int) text.charAt(bad), bad))
                        .addPropertyNode(field.getName()).addConstraintViolation();
            }
        }
        return valid;
    }

    private static final java.util.Map<Class<?>, java.util.List<Field>> FIELDS = new java.util.concurrent.ConcurrentHashMap<>();

    /** The record's own text fields (entity enhancement may have made them private). */
    private static java.util.List<Field> textFields(Class<?> type) {
        return FIELDS.computeIfAbsent(type, t -> {
            java.util.List<Field> found = new java.util.ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.getType() == String.class && !Modifier.isStatic(field.getModifiers())
                            && !field.isSynthetic() && !field.getName().startsWith("$$")) {
                        field.setAccessible(true);
                        found.add(field);
                    }
                }
            }
            return java.util.List.copyOf(found);
        });
    }

    /** Where the first refused character is, or -1. */
    public static int firstControl(String text, boolean singleLine) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (Character.getType(c) == Character.CONTROL && (singleLine || !lineBreakOrTab)) {
                return i;
            }
        }
        return -1;
    }
}
