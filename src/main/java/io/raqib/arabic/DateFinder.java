package io.raqib.arabic;

import java.time.LocalDate;
import java.util.List;

/** One family of date expressions, found in folded text and resolved against an optional reference date. */
interface DateFinder {
    List<DateCandidate> find(String folded, LocalDate reference);
}
