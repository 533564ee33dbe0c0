package io.raqib.source;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The attribution chain of one sentence: who said it first (the originator: CENTCOM, the
 * Pentagon, "مسؤولين عسكريين") and the medium it came through (the reporter: CNN, CBS, واع).
 * The outlet that published the article is known from the article and is not read here.
 *
 * <p>Pure code over the sentence and the extractor's single attribution: the reporting patterns
 * of the Arabic press are matched on a letter-folded copy of the sentence (same length, so names
 * are cut from the text as written, without diacritics):
 * <ul>
 *   <li>"نقلت شبكة CBS عن مسؤولين عسكريين أن…": reporter CBS, originator the officials;</li>
 *   <li>"وفق ما نقلته وكالة الأنباء العراقية (واع)": reporter واع;</li>
 *   <li>"أكد مراسل الشؤون العسكرية في قناة سي إن إن": the channel both reports and originates;</li>
 *   <li>"قالت القيادة المركزية الأمريكية (سنتكوم) في بيان", "وفقاً لبيانات معهد بحوث الكونغرس":
 *       originator only.</li>
 * </ul>
 * Without a pattern the extractor's attribution is the originator. Anonymous names (مصادر،
 * مسؤولون، وسائل إعلام …) are flagged: they are recorded as text and linked to no source.
 */
public final class AttributionChains {

    /** A party of the chain as the text names it; anonymous ones name nobody in particular. */
    public record Party(String text, boolean anonymous) {
    }

    /** Originator and reporter; either may be null. */
    public record Chain(Party originator, Party reporter) {
        public static final Chain NONE = new Chain(null, null);

        public String originatorText() {
            return originator == null ? null : originator.text();
        }

        public String reporterText() {
            return reporter == null ? null : reporter.text();
        }
    }

    private static final String MEDIUM = "(?:قناه|شبكه|وكاله|صحيفه|موقع|مجله|اذاعه|تلفزيون)";
    private static final String RELAY_VERB = "(?:و|ف)?(?:نقلت|نقل|تنقل|ينقل)";
    private static final String SAY_VERB = "(?:و|ف)?(?:قالت|قال|اعلنت|اعلن|اكدت|اكد|ذكرت|ذكر|افادت|افاد|كشفت|كشف|"
            + "اوضحت|اوضح|صرحت|صرح|نفت|نفي|اوردت|اورد|نشرت|نشر|بثت|بث|اشارت|اشار|قدرت|قدر|تقول|يقول)";
    private static final String RELAYED = "(?:نقلته|نقلت|نقله|اوردته|اوردت|ذكرته|ذكرت|ذكره|افادت به|بثته|نشرته|نشرت|نشره)";
    private static final String ACCORDING = "(?:و)?(?:وفقا|وفق|بحسب|حسب|طبقا|استنادا)";

    /** "نقلت X عن Y": X relays what Y said. */
    private static final Pattern RELAY = Pattern.compile("(?<![\\p{L}])" + RELAY_VERB + "\\s+(?!عن\\s)");
    /** "نقلاً عن X": the text came through X. */
    private static final Pattern RELAYED_FROM = Pattern.compile("(?<![\\p{L}])(?:و)?نقلا\\s+عن\\s+");
    /** "وفق ما نقلته X", "بحسب ما أوردته X". */
    private static final Pattern AS_RELAYED = Pattern.compile("(?<![\\p{L}])" + ACCORDING + "\\s*(?:ل)?\\s*ما\\s+"
            + RELAYED + "\\s+");
    /** "مراسل … في قناة X", "مراسل … لشبكة X". */
    private static final Pattern CORRESPONDENT = Pattern.compile("(?<![\\p{L}])(?:و)?مراسل\\S*\\s+(?:\\S+\\s+){0,5}?"
            + "(?:في\\s+|ل|من\\s+)(?=" + MEDIUM + "\\s)");
    /** "وفقاً لبيانات X", "بحسب تقرير X", "حسب X". */
    private static final Pattern ACCORDING_TO = Pattern.compile("(?<![\\p{L}])" + ACCORDING
            + "\\s*(?:ل|الي\\s+|لـ\\s*)?\\s*(?:(?:ل)?(?:بيانات|بيان|تقرير|تقديرات|ارقام|احصاءات|معطيات|دراسه|تصريحات)\\s+)?");
    /** "بيان صادر عن X", "في بيان عن X". */
    private static final Pattern STATEMENT_BY = Pattern.compile("(?<![\\p{L}])(?:ب|ل)?(?:بيان|تصريح|تقرير)\\s+(?:صادر\\s+)?عن\\s+");
    /** "قالت X", "أعلن X". */
    private static final Pattern SAID = Pattern.compile("(?<![\\p{L}])" + SAY_VERB + "\\s+");

    private static final Set<String> STOP = foldAll("ان", "انه", "انها", "بان", "عن", "في", "الي", "علي", "من", "يوم",
            "امس", "اليوم", "قوله", "قولها", "خلال", "حول", "بشان", "مساء", "صباح", "الخميس", "الجمعه", "السبت",
            "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "لـ", "ل", "مع", "الذي", "التي", "حيث", "كما", "و", "ما", "بعد",
            "قبل", "اذ", "لدي", "ضمن", "اخر", "عبر", "لكن", "وان", "فان", "فانه", "فانها", "به", "نقلا", "وجود", "عدد", "بنحو",
            "نحو", "حوالي", "قرابه", "زهاء", "بيان", "تقرير", "لنحو", "تاكيده", "تاكيدها", "مقتل", "موقف", "عدم", "رفض",
            "تنفيذ", "تنفيذه", "انتهاء", "استمرار", "وصول", "انسحاب", "بقاء", "مطالبتها", "مرارا", "خلالها", "اليوم");
    private static final Set<String> NOT_A_NAME = foldAll("بيان", "البيان", "تقرير", "التقرير", "مراسل", "المصدر",
            "لبيان", "لبيانات", "لتقرير", "الوكالة", "الصحيفة", "القناة", "الشبكة", "الموقع", "المجلة", "الأخير",
            "الأخيرة", "الإذاعة", "المصدر نفسه",
            "مصدرا", "نقلا", "ان", "انه", "انها", "هناك", "عدد", "نحو", "حوالي", "قرابه", "وزير");
    private static final Set<String> VERBS = foldAll("قال", "قالت", "اكد", "اكدت", "اعلن", "اعلنت", "ذكر", "ذكرت", "افاد",
            "افادت", "نقل", "نقلت", "اضاف", "اضافت", "اوضح", "اوضحت", "يبلغ", "تبلغ", "بلغ", "يوجد", "توجد", "تنتشر",
            "ينتشر", "تعتزم", "يعتزم", "سحب", "ستسحب", "سيسحب", "انتشار", "نشر", "ارسال", "يقدر", "تقدر", "قدر");
    private static final Set<String> ANONYMOUS_HEADS = foldAll("مصادر", "مصدر", "مسوولون", "مسوولين", "مسوول",
            "مسووله", "وسائل", "تقارير", "تقرير", "مراقبون", "مراقبين", "شهود", "ناشطون", "ناشطين", "مطلعون",
            "مطلعين", "خبراء", "دبلوماسيون", "دبلوماسيين", "دبلوماسي", "جهات", "اوساط", "مقربون", "مقربين",
            "محللون", "محللين", "ضباط", "ضابط", "قاده", "اعلام", "صحف", "مواقع", "منصات", "حسابات", "سكان",
            "اهالي", "مراكز", "عسكريون", "عسكريين", "امنيون", "امنيين", "نواب", "مسوولو", "مسوولي");

    /** Definite nouns that point back to an earlier sentence (الوزارة، الوكالة …): no one by themselves. */
    private static final Set<String> BACK_REFERENCES = foldAll("الوزارة", "الوكالة", "الصحيفة", "الشبكة", "القناة",
            "البيان", "الجهة", "الحكومة", "القيادة", "المتحدث", "الموقع", "المنظمة", "المؤسسة");

    private static final int MAX_WORDS = 6;

    /** "… لقناة الحرة": the medium a speaker talked to. */
    private static final Pattern TOLD_TO = Pattern.compile("\\G\\s+ل(?=" + MEDIUM + "\\s)");

    // compiled once: these run for every word of every attribution (String.matches and replaceAll compile each call)
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ONLY_SEPARATORS = Pattern.compile("[\\s،,]*");
    private static final Pattern AN = Pattern.compile("\\G\\s*،?\\s*(?:نقلا\\s+)?عن\\s+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}،٬؛«»\"“”]");
    private static final Pattern MEDIUM_WORD = Pattern.compile(MEDIUM);
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9٠-٩].*");
    private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[،,٬.:؛!?؟»\"”]$");
    private static final Pattern QUOTES = Pattern.compile("[\"«»“”„]");
    private static final Pattern TRAILING = Pattern.compile("[\\s،,٬.:؛!?؟]+$");
    private static final Pattern MARKS = Pattern.compile("[\\u064B-\\u065F\\u0670\\u0640]");

    private static Set<String> foldAll(String... words) {
        return java.util.Arrays.stream(words).map(AttributionChains::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private AttributionChains() {
    }

    /** The chain of a sentence, given the extractor's attribution of the figure or date in it (may be null). */
    public static Chain of(String sentence, String attribution) {
        String text = stripMarks(sentence == null ? "" : sentence);
        String folded = fold(text);
        Party originator = null;
        Party reporter = null;
        Matcher m = AS_RELAYED.matcher(folded);
        if (m.find()) {
            reporter = party(text, folded, m.end());
            Party from = afterAn(text, folded, m.end());
            originator = from;
        }
        if (reporter == null) {
            m = RELAY.matcher(folded);
            while (m.find()) {
                int nameEnd = nameEnd(folded, m.end());
                Party relay = party(text, folded, m.end());
                Party from = nameEnd < 0 ? null : afterAn(text, folded, m.end());
                if (relay != null && from != null) {
                    reporter = relay;
                    originator = from;
                    break;
                }
                if (relay == null && from != null && originator == null) {
                    originator = from; // "نقلت الوكالة عن الخفاجي": the agency named earlier, the speaker here
                }
            }
        }
        if (reporter == null) {
            m = RELAYED_FROM.matcher(folded);
            if (m.find()) {
                Party from = party(text, folded, m.end());
                Party speaker = speakerBefore(text, folded, m.start());
                if (speaker != null) {
                    reporter = speaker; // "ذكرت الصحيفة، نقلاً عن مسؤولين": the paper relays the officials
                    originator = from;
                } else if (from != null && from.anonymous()) {
                    originator = from; // "نقلاً عن مصادر": nobody in between
                } else {
                    reporter = from;
                    Party next = afterAn(text, folded, m.end());
                    if (next != null) {
                        originator = next;
                    }
                }
            }
        }
        if (reporter == null) {
            m = CORRESPONDENT.matcher(folded);
            if (m.find()) {
                reporter = party(text, folded, m.end());
                originator = reporter;
            }
        }
        if (originator == null) {
            originator = firstParty(ACCORDING_TO, text, folded, reporter);
        }
        if (originator == null) {
            originator = firstParty(STATEMENT_BY, text, folded, reporter);
        }
        if (originator == null) {
            m = SAID.matcher(folded);
            while (m.find()) {
                Party p = party(text, folded, m.end());
                if (p == null || reporter != null && sameName(p.text(), reporter.text())) {
                    continue;
                }
                originator = p;
                Matcher told = TOLD_TO.matcher(folded);
                if (reporter == null && told.find(nameEnd(folded, m.end()))) {
                    reporter = party(text, folded, told.end());
                }
                break;
            }
        }
        if (originator == null && attribution != null && !attribution.isBlank()) {
            String a = stripMarks(attribution.strip());
            boolean isReporter = reporter != null && (sameName(a, reporter.text()));
            if (!isReporter) {
                originator = new Party(a, isAnonymous(a));
            }
        }
        return new Chain(originator, reporter);
    }

    /** True when a name designates nobody in particular (مصادر، مسؤولون عسكريون، وسائل إعلام …). */
    public static boolean isAnonymous(String name) {
        if (name == null || name.isBlank()) {
            return true;
        }
        String[] words = SPACES.split(fold(stripMarks(name.strip())));
        String first = words[0];
        if ("ما".equals(first) || words.length == 1 && BACK_REFERENCES.contains(first)) {
            return true; // "ما كشفته الوزارة", "الوزارة": a reference back to an earlier sentence, not a name
        }
        if (first.startsWith("ال") && ANONYMOUS_HEADS.contains(first.substring(2))) {
            return true; // "المصادر", "المسؤولين": still nobody in particular
        }
        return ANONYMOUS_HEADS.contains(first) || first.startsWith("و") && ANONYMOUS_HEADS.contains(first.substring(1));
    }

    /** The subject of a reporting verb whose name ends right before {@code at} (commas and spaces between). */
    private static Party speakerBefore(String text, String folded, int at) {
        Matcher m = SAID.matcher(folded);
        while (m.find() && m.end() <= at) {
            int end = nameEnd(folded, m.end());
            if (end > 0 && end <= at && ONLY_SEPARATORS.matcher(folded.substring(end, at)).matches()) {
                Party p = party(text, folded, m.end());
                if (p != null && !p.anonymous()) {
                    return p;
                }
            }
        }
        return null;
    }

    private static Party firstParty(Pattern cue, String text, String folded, Party reporter) {
        Matcher m = cue.matcher(folded);
        while (m.find()) {
            Party p = party(text, folded, m.end());
            if (p != null && (reporter == null || !sameName(p.text(), reporter.text()))) {
                return p;
            }
        }
        return null;
    }

    /** The party named right after "عن" that follows the name starting at {@code from}. */
    private static Party afterAn(String text, String folded, int from) {
        int end = nameEnd(folded, from);
        if (end < 0) {
            return null;
        }
        Matcher an = AN.matcher(folded);
        if (!an.find(end)) {
            return null;
        }
        return party(text, folded, an.end());
    }

    private static Party party(String text, String folded, int from) {
        int end = nameEnd(folded, from);
        if (end < 0) {
            return null;
        }
        String name = clean(text.substring(from, end));
        if (name.isEmpty() || NOT_A_NAME.contains(fold(name))) {
            return null;
        }
        return new Party(name, isAnonymous(name));
    }

    /**
     * Where the name starting at {@code from} ends: up to six words, stopping before a function
     * word or verb, after a word ending in punctuation, keeping a bracketed short form "(واع)".
     */
    private static int nameEnd(String folded, int from) {
        int i = from;
        int n = folded.length();
        while (i < n && Character.isWhitespace(folded.charAt(i))) {
            i++;
        }
        int end = -1;
        int words = 0;
        String prev = "";
        String prevPrev = "";
        while (i < n && words < MAX_WORDS) {
            boolean bracket = folded.charAt(i) == '(';
            int j = i;
            if (bracket) {
                int close = folded.indexOf(')', i);
                if (close < 0 || close - i > 40 || words == 0) {
                    break;
                }
                j = close + 1;
            } else {
                while (j < n && !Character.isWhitespace(folded.charAt(j)) && folded.charAt(j) != '(') {
                    j++;
                }
            }
            String word = folded.substring(i, j);
            String bare = PUNCTUATION.matcher(word).replaceAll("");
            boolean cnn = bare.equals("ان") && (prev.equals("سي") || prev.equals("ان") && prevPrev.equals("سي"));
            boolean medium = words > 0 && bare.startsWith("ل") && MEDIUM_WORD.matcher(bare.substring(1)).matches();
            if (!bracket && !cnn && (bare.isEmpty() || HAS_DIGIT.matcher(bare).matches() || medium
                    || words > 0 && (STOP.contains(bare) || VERBS.contains(bare))
                    || words == 0 && STOP.contains(bare))) {
                break;
            }
            prevPrev = prev;
            prev = bare;
            words++;
            end = j;
            if (!bracket && ENDS_CLAUSE.matcher(word).matches()) {
                break;
            }
            if (bracket) {
                break;
            }
            i = j;
            while (i < n && Character.isWhitespace(folded.charAt(i))) {
                i++;
            }
            if (i < n && ",،٬.:؛".indexOf(folded.charAt(i)) >= 0) {
                break;
            }
        }
        return end;
    }

    private static String clean(String name) {
        return TRAILING.matcher(QUOTES.matcher(name).replaceAll("").strip()).replaceAll("").strip();
    }

    private static boolean sameName(String a, String b) {
        String x = SourceNames.key(a);
        String y = SourceNames.key(b);
        return !x.isEmpty() && (x.equals(y) || x.contains(y) || y.contains(x));
    }

    /** Removes Arabic diacritics and tatweel, so offsets of {@link #fold} match the text. */
    static String stripMarks(String text) {
        return MARKS.matcher(text).replaceAll("");
    }

    /** Length-preserving folding of letter variants: hamza seats, teh marbuta, alef maqsura, Persian letters. */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
                case 'ة' -> 'ه';
                case 'ى', 'ی', 'ئ' -> 'ي';
                case 'ؤ' -> 'و';
                case 'ک' -> 'ك';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString();
    }
}
