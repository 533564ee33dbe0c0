package io.raqib.deadline.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * One announcement often gives the same deadline twice in a sentence: "لعام إضافي، أي حتى
 * نيسان 2027". When two deadlines of one sentence share a subject and one due date contains the
 * other (2027 ⊇ 2027-04), only the more precise one is kept.
 */
final class DeadlineMerger {
    private DeadlineMerger() {
    }

    static List<ExtractedDeadline> merge(List<ExtractedDeadline> found) {
        List<ExtractedDeadline> out = new ArrayList<>();
        for (ExtractedDeadline d : found) {
            boolean dropped = false;
            for (ExtractedDeadline other : found) {
                if (other != d && sameSentence(d, other) && d.subject() == other.subject() && coarserThan(d, other)) {
                    dropped = true;
                    break;
                }
            }
            if (!dropped) {
                out.add(d);
            }
        }
        return out;
    }

    private static boolean sameSentence(ExtractedDeadline a, ExtractedDeadline b) {
        return a.sentence().equals(b.sentence()) && a.field() == b.field();
    }

    /** True when a's due contains b's and is strictly coarser (so b says the same, more precisely). */
    private static boolean coarserThan(ExtractedDeadline a, ExtractedDeadline b) {
        if (a.due() == null || b.due() == null) {
            return false;
        }
        return a.due().contains(b.due()) && a.due().precision().compareTo(b.due().precision()) < 0;
    }
}
