package io.raqib.article.importing;

import io.raqib.arabic.ArabicNormalizer;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Multi-word names of this domain (people, forces, bodies, places) that keyword lines use as one
 * tag even when the article's own text only says part of it (the text says "السوداني", the tags
 * say "محمد شياع السوداني"). Used only to keep such words together when segmenting a keyword
 * line; extend it when a keyword line is cut in the wrong place.
 */
final class KnownPhrases {

    private static final Set<String> NORMALIZED = Stream.of(
                    // people
                    "محمد شياع السوداني", "مصطفى الكاظمي", "أحمد الشرع", "أبو محمد الجولاني", "بشار الأسد",
                    "مسعود بارزاني", "نيجيرفان بارزاني", "مسرور بارزاني", "فؤاد حسين", "محمود المشهداني",
                    "جو بايدن", "دونالد ترامب", "لويد أوستن", "بيت هيغسيث", "أنتوني بلينكن", "ماركو روبيو",
                    "أبو بكر البغدادي", "مظلوم عبدي",
                    // forces and bodies
                    "الجيش الأمريكي", "الجيش الأميركي", "القوات الأمريكية", "القوات الأميركية",
                    "قوات التحالف", "التحالف الدولي", "القيادة المركزية", "القيادة المركزية الأمريكية",
                    "قوات سوريا الديمقراطية", "الحشد الشعبي", "قوات البيشمركة", "حزب العمال الكردستاني",
                    "تنظيم الدولة", "تنظيم الدولة الإسلامية", "هيئة تحرير الشام", "الجيش الوطني السوري",
                    "المقاومة الإسلامية في العراق", "كتائب حزب الله", "حركة النجباء", "الحرس الثوري",
                    "عملية العزم الصلب", "خلية الإعلام الأمني", "قيادة العمليات المشتركة",
                    "وزارة الدفاع", "وزارة الخارجية", "البيت الأبيض", "مجلس النواب", "مجلس الأمن",
                    "الأمم المتحدة", "حلف الناتو", "بعثة الناتو", "الإدارة الذاتية",
                    // places
                    "الولايات المتحدة", "الشرق الأوسط", "إقليم كردستان", "عين الأسد", "قاعدة عين الأسد",
                    "قاعدة حرير", "قاعدة التنف", "مخيم الهول", "دير الزور", "البو كمال")
            .map(ArabicNormalizer::normalize)
            .collect(Collectors.toUnmodifiableSet());

    private KnownPhrases() {
    }

    /** Whether the words, normalised and space-joined, are a known name. */
    static boolean contains(String normalizedPhrase) {
        return NORMALIZED.contains(normalizedPhrase);
    }
}
