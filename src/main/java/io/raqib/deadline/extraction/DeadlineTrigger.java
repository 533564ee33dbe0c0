package io.raqib.deadline.extraction;

import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.DateMention;
import io.raqib.arabic.FoldedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word in front of a date that says how the date is used. "بحلول سبتمبر" and "حتى 2029" set
 * a target; "منذ 7 أكتوبر" and "من 30 ديسمبر" date something that already runs; "في عام 2015"
 * says nothing by itself. A date counts as a deadline only with a target, or with a weak
 * preposition when the clause speaks of the future.
 */
record DeadlineTrigger(Type type, int start) {

    enum Type {
        /** بحلول، حتى، لغاية، لحين، قبل، مع حلول، في موعد أقصاه; or a ب-modifier: بنهاية، بمطلع. */
        TARGET,
        /** اعتبارا من، ابتداء من: when something planned begins. */
        START,
        /** منذ: the date something has run since. Never a deadline. */
        SINCE,
        /** من: the first date of a range ("من 30 ديسمبر إلى 6 يناير"). */
        RANGE_FROM,
        /** إلى ما بعد، لما بعد: an open end ("إلى ما بعد 2027") sets no date. Never a deadline. */
        OPEN_ENDED,
        /** في، فى، خلال، مع، or nothing: needs a future clause to be a deadline. */
        WEAK
    }

    private static final Map<String, Type> WORDS = words();
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + FoldedText.fold("(?:و|ف)?") + "(?<t>" + alternation() + ")"
            // "حتى تاريخ 31 كانون الثاني 2027": the noun "date" between the word and the date
            + "(?:\\s+" + FoldedText.fold("تاريخ") + ")?[\\s\"“”«»(]*$");
    private static final Pattern BY_MODIFIER = Pattern.compile(
            "^" + FoldedText.fold("(?:و)?ب(?:نهاية|مطلع|بداية|منتصف|أواخر|أوائل|مستهل|حلول)"));

    /**
     * "في موعد أقصى للخطوتين مطلع آذار"، "كموعد نهائي لانسحابها 2026"، "الموعد النهائي المحدد في
     * أيار": a latest or final date, agreed or set, with what it is for between it and the date (at
     * most two words with ل, each with up to two words with ال after it).
     */
    private static final Pattern LATEST_DATE = Pattern.compile("(?<![\\p{L}\\p{N}])" + FoldedText.fold("(?:و|ف)?")
            + "(?<t>" + FoldedText.fold("(?:في\\s+|ك|ال)?موعدا?\\s+(?:ال)?(?:أقصى|اقصى|نهائيا?)")
            + FoldedText.fold("(?:\\s+ال(?:متفق|محدد|مقرر)") + "\\p{L}*" + FoldedText.fold("(?:\\s+عليه)?)?") + "(?:\\s+"
            + FoldedText.fold("ل") + "\\p{L}+(?:\\s+" + FoldedText.fold("ال") + "\\p{L}+){0,2}){0,2}"
            + FoldedText.fold("(?:\\s+في)?") + ")[\\s\"“”«»(]*$");

    private static Map<String, Type> words() {
        Map<String, Type> m = new LinkedHashMap<>();
        for (String w : new String[] {"بحلول", "مع حلول", "حلول", "حتى", "لغاية", "لحين", "إلى حين", "إلى غاية",
            "غاية", "قبل", "في موعد أقصاه", "في موعد لا يتجاوز", "موعدا أقصاه", "موعد أقصاه", "في أجل أقصاه",
            "بموعد أقصاه", "في موعد لا يتعدى", "موعد لا يتجاوز", "لا يتجاوز", "لا يتعدى", "في أجل لا يتعدى"}) {
            m.put(FoldedText.fold(w), Type.TARGET);
        }
        for (String w : new String[] {"إلى ما بعد", "الى ما بعد", "لما بعد", "حتى ما بعد", "لما بعد عام",
            "إلى ما بعد عام", "ما بعد"}) {
            m.put(FoldedText.fold(w), Type.OPEN_ENDED);
        }
        for (String w : new String[] {"اعتبارا من", "ابتداء من", "بدءا من", "بداية من", "انطلاقا من"}) {
            m.put(FoldedText.fold(w), Type.START);
        }
        m.put(FoldedText.fold("منذ"), Type.SINCE);
        m.put(FoldedText.fold("من"), Type.RANGE_FROM);
        // "مع نهاية العام الحالي": with the end of the year; "في وقت لاحق من السنة": later within it
        for (String w : new String[] {"في", "فى", "خلال", "أثناء", "طوال", "مع", "في وقت لاحق من", "في وقت لاحق",
            "في وقت لاحق خلال", "في وقت لاحق في", "لاحقا في", "لاحقا خلال"}) {
            m.put(FoldedText.fold(w), Type.WEAK);
        }
        return Map.copyOf(m);
    }

    private static String alternation() {
        return WORDS.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
    }

    /** The trigger for a date mention: the word(s) right before it, or the mention's own ب-modifier. */
    static DeadlineTrigger of(FieldText field, DateMention date) {
        String own = field.foldedAfter(date.start(), 12);
        if (BY_MODIFIER.matcher(own).find()) {
            return new DeadlineTrigger(Type.TARGET, date.start());
        }
        Matcher latest = field.matchEndingAt(LATEST_DATE, date.start(), 60);
        if (latest != null) {
            return new DeadlineTrigger(Type.TARGET, field.folded.originalStart(latest.start("t")));
        }
        int copula = namedByCopula(field, date);
        if (copula >= 0) {
            return new DeadlineTrigger(Type.TARGET, copula);
        }
        Matcher m = field.matchEndingAt(BEFORE, date.start(), 40);
        if (m != null) {
            String word = m.group("t").replaceAll("\\s+", " ");
            Type type = WORDS.getOrDefault(word, Type.WEAK);
            // the phrase starts at the trigger word itself, without a leading و / ف
            return new DeadlineTrigger(type, field.folded.originalStart(m.start("t")));
        }
        int graceTo = graceUntil(field, date);
        if (graceTo >= 0) {
            return new DeadlineTrigger(Type.TARGET, graceTo);
        }
        return new DeadlineTrigger(Type.WEAK, date.start());
    }

    /**
     * "يمهل القوة إلى الأول من نيسان"، "تمديد التفويض إلى نهاية 2026": "إلى" right before the date,
     * after a grace or an extension at most five words before it, sets the limit. Where "إلى" starts, or -1.
     */
    private static int graceUntil(FieldText field, DateMention date) {
        java.util.List<FieldText.Word> before = field.wordsIn(Math.max(0, date.start() - 80), date.start());
        if (before.isEmpty() || !TO.equals(before.get(before.size() - 1).folded())) {
            return -1;
        }
        for (int i = before.size() - 2; i >= Math.max(0, before.size() - 7); i--) {
            if (CueLexicon.isPostponement(before.get(i).folded())) {
                return before.get(before.size() - 1).start();
            }
        }
        return -1;
    }

    private static final String TO = FoldedText.fold("إلى");

    /** "هو يوم الثلاثاء" right before a date: the date is what a nominal sentence says something is. */
    private static final Pattern COPULA = Pattern.compile("(?<![\\p{L}\\p{N}])(?<t>" + FoldedText.fold("(?:هو|هي)")
            + ")(?:\\s+" + FoldedText.fold("يوم") + "(?:\\s+\\p{L}+)?)?[\\s,،]*$");
    /** A final or set date, a last date or a final grace: what a copula can say a date is. */
    private static final Pattern DEADLINE_NOUN = Pattern.compile("(?<![\\p{L}\\p{N}])" + FoldedText.fold(
            "(?:ال)?(?:موعد\\s+(?:ال)?(?:نهائي|أقصى|اقصى|محدد)|مهلة\\s+(?:ال)?(?:نهائية|أخيرة|اخيرة)|آخر\\s+موعد)")
            + "(?![\\p{L}\\p{N}])");

    /**
     * "الموعد النهائي لرحيل القوات … هو يوم الأحد 18 أيار": a final date named earlier in the
     * sentence, the date its predicate. Where the deadline noun starts, or -1.
     */
    private static int namedByCopula(FieldText field, DateMention date) {
        Matcher copula = field.matchEndingAt(COPULA, date.start(), 25);
        if (copula == null) {
            return -1;
        }
        int copulaStart = field.folded.originalStart(copula.start("t"));
        ArabicSentences.Span sentence = ArabicSentences.containing(field.sentences, date.start());
        int from = Math.max(sentence.start(), copulaStart - 200);
        Matcher noun = DEADLINE_NOUN.matcher(field.foldedAfter(from, copulaStart - from));
        return noun.find() ? field.advance(from, noun.start()) : -1;
    }
}
