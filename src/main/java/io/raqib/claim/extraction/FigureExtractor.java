package io.raqib.claim.extraction;

import io.raqib.article.ArticleField;
import io.raqib.arabic.ArabicNumbers.NumberMatch;
import io.raqib.arabic.ArabicTokens.Token;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds troop-figure claims in one field of an Arabic article: every number of people in armed
 * or security forces, with its bounds, force, location, kind, date, attribution and stance, and
 * exact offsets into the field. Pure and deterministic: no I/O (the name lists are loaded once
 * with the class), same input → same output, safe to share between threads.
 *
 * <p>A number becomes a figure only with evidence that it counts people in a force: a personnel
 * noun after it ("1500 جندي"، "1905 من الضباط")، the other end of a range or change that has one
 * ("من نحو 2000 إلى أقل من 500 جندي")، a preceding "عدد القوات"، or a casualty list continuing an
 * earlier figure ("مقتل أحد عناصر … وإصابة اثنين"). Everything else (dates, money, percentages,
 * durations, civilians, employees, strikes, bases) has no such evidence or is rejected outright
 * by {@link NumberFilter}.
 */
public final class FigureExtractor {
    static final WordSet OTHERS = WordSet.of("آخرين", "آخرون", "أخريات", "غيرهم");

    /** Figures of one field; groups are assigned within the field. */
    public List<ExtractedFigure> extract(String text, ArticleField field, LocalDate published) {
        return extract(text, field, published, null);
    }

    /**
     * @param text      the field's text as stored
     * @param field     which field it is
     * @param published publication date (used as the as-of date when the text gives none), may be null
     * @param context   neighbouring text (the title for the body, the body for the title), consulted
     *                  only for a force or place the field itself does not name; may be null
     */
    public List<ExtractedFigure> extract(String text, ArticleField field, LocalDate published, String context) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Analysis ctx = context == null || context.isBlank() ? null : new Analysis(context, published);
        return extract(new Analysis(text, published), field, ctx);
    }

    /** Same, over analyses already made (the article extractor analyses each field once). */
    List<ExtractedFigure> extract(Analysis a, ArticleField field, Analysis ctx) {
        List<FigureDraft> drafts = new ArrayList<>();
        boolean[] consumed = new boolean[a.numbers.size()];
        for (int i = 0; i < a.numbers.size(); i++) {
            if (consumed[i]) {
                continue;
            }
            NumberMatch n = a.numbers.get(i);
            if (NumberFilter.rejection(a, n) != null || n.value() != null && n.longValue() == null) {
                continue;
            }
            QualifierReader.Found q = QualifierReader.before(a, n.firstToken());
            if (i + 1 < a.numbers.size() && RangeReader.read(a, i, q, drafts)) {
                consumed[i + 1] = true;
                continue;
            }
            single(a, n, q, drafts);
        }
        for (int k : DualNouns.find(a)) {
            // "مقتل جنديين أميركيين": the dual noun is the number
            NounFinder.Hit noun = new NounFinder.Hit(PersonnelNouns.Type.PERSONNEL, k, k, NounFinder.Via.DIRECT, null);
            // "مقتل عنصرين على الأقل": a trailing qualifier bounds the two as it would a numeral
            QualifierReader.Found post = QualifierReader.after(a, k);
            Qualifier q = post != null && post.qualifier() == Qualifier.AT_LEAST ? Qualifier.AT_LEAST : Qualifier.EXACT;
            drafts.add(new FigureDraft(k, k, k, post != null && q == Qualifier.AT_LEAST ? post.last() : k, 2L, 2L,
                    q == Qualifier.EXACT ? 2L : null, q, null, noun, null, null, 0.7));
        }
        List<ExtractedFigure> out = new ArrayList<>();
        java.util.Map<FigureDraft, ExtractedFigure> finished = new java.util.IdentityHashMap<>();
        for (FigureDraft d : drafts) {
            ExtractedFigure f = finish(a, ctx, field, d);
            finished.put(d, f);
            if (d.antecedent() != null && finished.containsKey(d.antecedent())) {
                f = GroupPart.asPartOf(a, d, f, finished.get(d.antecedent()));
            }
            if (loneOne(a, d, f)) {
                continue;
            }
            out.add(f);
        }
        GroupPart.mixForces(a, drafts, finished, out);
        out.sort(Comparator.comparingInt(ExtractedFigure::start));
        return FigureGrouper.assign(out);
    }


    // ------------------------------------------------------------------ one number

    private static void single(Analysis a, NumberMatch n, QualifierReader.Found q, List<FigureDraft> drafts) {
        int qualFirst = q != null ? q.first() : n.firstToken();
        NounFinder.Hit noun = NounFinder.after(a, n.lastToken());
        if (noun == null) {
            noun = NationalityCount.after(a, qualFirst, n.lastToken());
        }
        double confidence;
        String inheritedForce = null;
        ElidedNoun.Found elided = null;
        FigureDraft casualty;
        int definiteNoun;
        if (noun != null && (PersonnelNouns.MEMBER.contains(a.tokens.get(noun.first()))
                && ForceResolver.attached(a, noun.last()) == null || ForceSentence.mostlyCivilians(a, noun.last())
                || ForceSentence.familiesCounted(a, noun.last()) || FighterJets.jetsCounted(a, noun.first())
                || ForceSentence.mixedWithCivilians(a, noun.last()))) {
            return; // "535 عضوا في البرلمان"; "آلاف المعتقلين، معظمهم من النساء والأطفال"
        }
        if (noun != null) {
            if ((noun.type() == PersonnelNouns.Type.CASUALTY || noun.type() == PersonnelNouns.Type.PERSON)
                    && ForceResolver.attached(a, noun.last()) == null && noun.via() == NounFinder.Via.DIRECT
                    && !ForceSentence.aboutForces(a, n.firstToken()) && !ForceSentence.unitMadeOf(a, qualFirst)
                    && !CountedBefore.enclosedAfterNoun(a, qualFirst, n.lastToken())
                    && !ForceSentence.inRanks(a, noun.last())) {
                return; // "50 قتيلاً"، "20 شخصاً" alone may be civilians
            }
            confidence = switch (noun.via()) {
                case DIRECT -> 0.9;
                case MIN -> 0.85;
                case MIN_FORCE -> 0.75;
            };
            if (noun.type() == PersonnelNouns.Type.DETAINEE) {
                confidence -= 0.1;
            }
            FigureDraft group = ElidedNoun.groupOf(a, qualFirst, drafts);
            if (group != null) {
                elided = new ElidedNoun.Found(ElidedNoun.Via.PART, group, group.noun());
            }
        } else if (CountedBefore.test(a, qualFirst, n.lastToken())) {
            confidence = 0.65;
        } else if (OTHERS.contains(a.token(n.lastToken() + 1)) && !a.clauseBreakBefore(n.lastToken() + 1)
                && personnelFigureInSentence(a, n, drafts) != null) {
            // "2500 جندي في العراق و900 آخرين في سوريا": آخرين refers back to the personnel noun
            FigureDraft antecedent = personnelFigureInSentence(a, n, drafts);
            noun = new NounFinder.Hit(antecedent.noun().type(), n.lastToken() + 1, n.lastToken() + 1,
                    NounFinder.Via.DIRECT, null);
            inheritedForce = antecedent.inheritedForce() != null ? antecedent.inheritedForce()
                    : ForceResolver.resolve(a, antecedent.numberFirst(), antecedent.noun().last(), antecedent.noun(), null);
            elided = new ElidedNoun.Found(ElidedNoun.Via.REST, antecedent, antecedent.noun());
            confidence = 0.6;
        } else if (coordinatedWithFigure(a, n, drafts)) {
            // "2,500 عسكري في العراق و900 في سوريا": the noun is shared with the figure before
            confidence = 0.55;
        } else if ((definiteNoun = DefiniteCount.nounBefore(a, n)) >= 0) {
            // "الجنود الأمريكيين الثلاثة": the noun and its nationality stand before the count
            noun = new NounFinder.Hit(PersonnelNouns.Type.PERSONNEL, n.lastToken(), n.lastToken(), NounFinder.Via.DIRECT, null);
            inheritedForce = ForceResolver.attached(a, definiteNoun);
            confidence = 0.6;
        } else if ((casualty = casualtyAntecedent(a, n, qualFirst, drafts)) != null) {
            FigureDraft antecedent = casualty;
            confidence = 0.5;
            inheritedForce = antecedent.inheritedForce() != null ? antecedent.inheritedForce()
                    : ForceResolver.resolve(a, antecedent.numberFirst(), antecedent.last(), antecedent.noun(), null);
        } else {
            elided = ElidedNoun.find(a, qualFirst, n.firstToken(), n.lastToken(), n.longValue(), drafts);
            if (elided == null) {
                return;
            }
            noun = new NounFinder.Hit(elided.noun().type(), n.lastToken(), n.lastToken(), NounFinder.Via.DIRECT, null);
            if (elided.via() != ElidedNoun.Via.ELIDED && ElidedNoun.REST.contains(a.token(n.lastToken() + 1))) {
                noun = new NounFinder.Hit(elided.noun().type(), n.lastToken() + 1, n.lastToken() + 1,
                        NounFinder.Via.DIRECT, null);
            }
            confidence = elided.via() == ElidedNoun.Via.ELIDED ? 0.5 : 0.55;
        }
        int last = noun != null ? noun.last() : n.lastToken();
        Qualifier qualifier = q != null ? q.qualifier() : null;
        QualifierReader.Found post = QualifierReader.after(a, last);
        if (post == null && noun != null) {
            post = QualifierReader.after(a, n.lastToken());
        }
        // "200 جندي أمريكي تقريباً"، "60 مقاتلاً من هيئة تحرير الشام على أقل تقدير": past the words
        // that qualify the noun (adjectives, من + a force)
        for (int k = last + 1; post == null && k <= last + 6 && k < a.tokens.size() && !a.clauseBreakBefore(k)
                && (a.nameAt[k] != null || ForceResolverWords.isAdjectiveLike(a.tokens.get(k))
                || a.tokens.get(k).norm().equals("من")); k++) {
            post = QualifierReader.after(a, k);
        }
        if (qualifier == null && post != null) {
            qualifier = post.qualifier();
            last = Math.max(last, post.last());
        }
        if (n.isVague()) {
            FigureDraft vague = new FigureDraft(qualFirst, n.firstToken(), n.lastToken(), last, null, null, null,
                    qualifier == null ? Qualifier.APPROX : qualifier, n.vague().name().toLowerCase(java.util.Locale.ROOT),
                    noun, null, inheritedForce, confidence - 0.1);
            drafts.add(elided != null && elided.figure() != null ? vague.referringTo(elided.figure()) : vague);
            return;
        }
        long v = n.longValue();
        if (v <= 0) {
            return;
        }
        FigureDraft draft = FigureDraft.bounded(qualFirst, n, last, v, qualifier == null ? Qualifier.EXACT : qualifier,
                noun, null, inheritedForce, confidence);
        drafts.add(elided != null && elided.figure() != null ? draft.referringTo(elided.figure()) : draft);
    }

    private static boolean coordinatedWithFigure(Analysis a, NumberMatch n, List<FigureDraft> drafts) {
        Token first = a.tokens.get(n.firstToken());
        Token before = a.token(n.firstToken() - 1);
        boolean conjoined = n.words() ? n.start() > first.start() && first.norm().startsWith("و")
                : before != null && before.norm().equals("و") && before.end() == first.start();
        if (!conjoined) {
            return false;
        }
        Token next = a.token(n.lastToken() + 1);
        if (next != null && !a.clauseBreakBefore(n.lastToken() + 1) && !CountedBefore.FOLLOW_OK.contains(next)
                && !fromStates(a, n.lastToken() + 1)) {
            return false;
        }
        FigureDraft antecedent = personnelFigureInSentence(a, n, drafts);
        return antecedent != null && n.firstToken() - antecedent.last() <= 8
                && !NumberFilter.numberBetween(a, antecedent.last(), n.firstToken());
    }


    private static final WordSet FROM = WordSet.exact("من");
    private static final WordSet STATES = WordSet.of("دولة", "دول", "بلدا", "بلدان", "دولا");

    /** "و7 آلاف من 15 دولة": where the people come from, not what they are. */
    private static boolean fromStates(Analysis a, int k) {
        return FROM.contains(a.token(k)) && a.token(k + 2) != null && a.token(k + 1).isDigits()
                && STATES.contains(a.token(k + 2));
    }

    private static FigureDraft personnelFigureInSentence(Analysis a, NumberMatch n, List<FigureDraft> drafts) {
        for (int k = drafts.size() - 1; k >= 0; k--) {
            FigureDraft d = drafts.get(k);
            if (a.sentenceOf[d.numberFirst()] != a.sentenceOf[n.firstToken()]) {
                return null;
            }
            if (d.noun() != null && d.noun().type() != PersonnelNouns.Type.CASUALTY) {
                return d;
            }
        }
        return null;
    }

    /** "مقتل أحد عناصر التحالف وإصابة اثنين": a small number after a casualty word continues a figure. */
    private static FigureDraft casualtyAntecedent(Analysis a, NumberMatch n, int qualFirst, List<FigureDraft> drafts) {
        // "قتل أربعة عناصر وأصيب العشرات": a vague count goes on the same way
        if (drafts.isEmpty() || !n.isVague() && (!n.words() || n.value() == null || n.longValue() > 10)) {
            return null;
        }
        Token cue = a.token(qualFirst - 1);
        if (cue == null || !KindCues.CASUALTIES.contains(cue)) {
            return null;
        }
        FigureDraft prev = drafts.get(drafts.size() - 1);
        if (a.sentenceOf[prev.numberFirst()] != a.sentenceOf[n.firstToken()] || prev.noun() == null) {
            return null;
        }
        return prev;
    }

    // ------------------------------------------------------------------ contextual fields

    private static ExtractedFigure finish(Analysis a, Analysis ctx, ArticleField field, FigureDraft d) {
        int s = a.sentenceOf[d.numberFirst()];
        // the rules read around the number and its noun; a trailing qualifier (على الأقل) is not evidence
        int evidenceLast = d.noun() != null ? Math.max(d.noun().last(), d.numberLast()) : d.numberLast();
        String side = ListItems.sideBefore(a, d.qualFirst()); // "… 40 جنديا، وبريطانيا 25"
        String force = side != null ? side : d.inheritedForce() != null ? d.inheritedForce()
                : ForceResolver.resolve(a, d.numberFirst(), evidenceLast, d.noun(), ctx);
        LocationResolver.Location loc = LocationResolver.resolve(a, d.numberFirst(), evidenceLast, force, ctx);
        FigureKind kind = d.kind() != null ? d.kind()
                : KindClassifier.classify(a, d.numberFirst(), d.qualFirst(), evidenceLast, d.noun(), loc.country() != null,
                        force);
        if (kind == FigureKind.DETAINED && d.inheritedForce() == null) {
            force = ForceResolver.heldGroup(a, d.numberFirst(), evidenceLast, d.noun(), force, ctx);
        }
        if (kind == FigureKind.DETAINED && LocationResolver.movedBetweenCountries(a, d.numberFirst(), evidenceLast)) {
            loc = LocationResolver.Location.NONE; // detainees moved across a border are in neither country alone
        }
        AttributionFinder.Attribution attribution = AttributionFinder.find(a, d.numberFirst());
        Stance stance = StanceDetector.stanceOf(a, d.numberFirst());
        double confidence = d.confidence();
        if (force == null) {
            confidence -= 0.1;
        }
        if (loc.country() == null) {
            confidence -= 0.05;
        }
        if (d.value() != null && d.value() <= 2 && d.noun() != null && d.noun().via() == NounFinder.Via.DIRECT
                && a.tokens.get(d.numberFirst()).isWord()) {
            confidence -= 0.05; // أحد، اثنين: also pronoun-like and day names
        }
        confidence = Math.max(0.05, Math.min(1.0, Math.round(confidence * 100) / 100.0));
        int start = a.tokens.get(d.qualFirst()).start();
        NumberMatch first = null;
        for (NumberMatch n : a.numbers) {
            if (n.firstToken() == d.numberFirst()) {
                first = n;
                break;
            }
        }
        if (d.qualFirst() == d.numberFirst() && first != null) {
            start = first.start(); // a clitic glued to the number word is not part of the figure
        }
        int end = a.tokens.get(d.last()).end();
        return new ExtractedFigure(field, start, end, a.text.substring(start, end), a.sentenceText(s), d.value(),
                d.low(), d.high(), d.qualifier(), d.vague(), force, loc.country(), loc.place(), kind,
                asOf(a, s, d.numberFirst()), attribution == null ? null : attribution.text(),
                attribution == null ? null : attribution.key(), stance, confidence, null);
    }

    /**
     * "قال أحد الجنود" names a speaker, not a figure; "مقتل أحد الجنود" is a figure. A one written
     * as a word counts only when something happened to that one (casualty, capture, handover).
     */
    private static boolean loneOne(Analysis a, FigureDraft d, ExtractedFigure f) {
        return d.value() != null && d.value() == 1 && a.tokens.get(d.numberFirst()).isWord()
                && f.kind() != FigureKind.CASUALTIES && f.kind() != FigureKind.DETAINED && f.kind() != FigureKind.TRANSFER;
    }

    /** The date the sentence gives for the figure (nearest before it, else after), else the publication date. */
    private static String asOf(Analysis a, int s, int numberFirst) {
        DateMentions.DateMention before = null;
        DateMentions.DateMention after = null;
        for (DateMentions.DateMention d : a.dates) {
            if (d.deadline() || a.sentenceOf[d.first()] != s) {
                continue;
            }
            if (d.last() < numberFirst) {
                before = d;
            } else if (after == null && d.first() > numberFirst) {
                after = d;
            }
        }
        DateMentions.DateMention chosen = before != null ? before : after;
        if (chosen != null) {
            return chosen.iso();
        }
        return a.published == null ? null : a.published.toString();
    }
}
