package io.raqib.common;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A write that runs in its own transaction and is run again, in a fresh one, when it lost a race
 * with another writer (deadlock, serialization failure, a unique key taken meanwhile, a row
 * changed under it). See {@link RetryOnConflictInterceptor}.
 */
@InterceptorBinding
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RetriedOnConflict {
}
