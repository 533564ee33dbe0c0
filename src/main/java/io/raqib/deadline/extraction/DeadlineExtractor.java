package io.raqib.deadline.extraction;

import io.raqib.article.ArticleField;
import io.raqib.arabic.ArabicSentences;
import io.raqib.arabic.DateMention;
import io.raqib.arabic.FoldedText;
import io.raqib.arabic.ReducedDate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds deadlines in one field of an Arabic article: future target dates or periods for a
 * presence, withdrawal, mission end or deployment ("بحلول سبتمبر عام ٢٠٢٥"، "حتى عام 2029"،
 * "تأجيل خروج القوات الإيطالية عامين على الأقل"), with offsets, sentence, subject, force,
 * country, qualifier and announcer.
 *
 * <p>A date is a deadline when all of these hold:
 * <ol>
 * <li>it is used as a target: a target word before it (بحلول، حتى، قبل، لغاية …) or a ب-modifier
 *     (بنهاية)، a period that runs forward (لعامين إضافيين، خلال الشهرين المقبلين), a length of time
 *     after a postponement or extension (تأجيل … عامين), or a weak preposition (في) in a clause
 *     that speaks of the future (سوف، من المقرر، ستنسحب، العام المقبل) or with a present-tense
 *     subject verb before a calendar date (تنتهي المهمة في أيلول 2025);</li>
 * <li>it does not date something that already runs or ran: not after منذ, not a range
 *     ("من 30 ديسمبر إلى 6 يناير"), not a past verb without a future word, and not over before
 *     the publication date;</li>
 * <li>a subject word stands in the sentence, or a foreign force is named by a target date.</li>
 * </ol>
 *
 * <p>Pure function: no I/O, no clock, deterministic. The publication date is the only notion of
 * "now"; without it relative periods stay unresolved ({@code due} null, {@code dueText} kept).
 */
public final class DeadlineExtractor {
    private static final Pattern AT_LEAST_AFTER = Pattern.compile("^\\s*[،,]?\\s*"
            + FoldedText.fold("(?:على\\s+الأقل|كحد\\s+أدنى|في\\s+أقل\\s+تقدير|على\\s+أقل\\s+تقدير)")
            + "(?![\\p{L}\\p{N}])");
    private static final Pattern AT_LEAST_BEFORE = Pattern.compile(
            FoldedText.fold("(?:ما\\s+)?لا\\s+يقل\\s+عن") + "\\s*$");
    /** Local forces: a dated target next to one of them is no foreign deadline by itself. */
    private static final Set<String> LOCAL_FORCES = Set.of("IRAQI", "PESHMERGA", "PMF", "SDF", "SYRIAN_GOV",
            "ISIS", "HTS", "OTHER");

    private DeadlineExtractor() {
    }

    /**
     * @param text      the field's text as stored; offsets in the result index into it
     * @param field     title or body
     * @param published the article's publication date, or null when unknown
     */
    public static List<ExtractedDeadline> extract(String text, ArticleField field, LocalDate published) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return extract(new FieldText(text, published), field);
    }

    /** The same, over a field read once for every extractor ({@link io.raqib.arabic.TokenizedText}). */
    public static List<ExtractedDeadline> extractFrom(io.raqib.arabic.TokenizedText text, ArticleField field,
                                                  LocalDate published) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return extract(new FieldText(text, published), field);
    }

    private static List<ExtractedDeadline> extract(FieldText ft, ArticleField field) {
        List<ExtractedDeadline> found = new ArrayList<>();
        for (DateMention date : ft.dates) {
            read(ft, field, date).ifPresent(found::add);
        }
        return DeadlineMerger.merge(found);
    }

    private static final Set<String> COMPLEMENTIZERS = java.util.stream.Stream.of("أنه", "إنه", "بأنه",
            "أنها", "إنها", "بأنها").map(FoldedText::fold).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Optional<ExtractedDeadline> read(FieldText ft, ArticleField field, DateMention date) {
        ArabicSentences.Span sentence = ArabicSentences.containing(ft.sentences, date.start());
        DeadlineTrigger trigger = DeadlineTrigger.of(ft, date);
        int apposition = PeriodAnchors.appositionEnd(ft, date);
        if (apposition >= 0) {
            // "12 مارس، وهو موعد خروج القوات": the apposition names the date a target, whatever led to it
            trigger = new DeadlineTrigger(DeadlineTrigger.Type.TARGET, date.start());
        }
        int spanStart = DateSpans.fromToStart(ft, date, trigger);
        boolean plannedSpan = spanStart >= 0;
        if (trigger.type() == DeadlineTrigger.Type.SINCE || trigger.type() == DeadlineTrigger.Type.OPEN_ENDED
                || !plannedSpan && (trigger.type() == DeadlineTrigger.Type.RANGE_FROM || DateSpans.closes(ft, date))
                || dateline(ft, date, trigger)
                || OtherEventDates.datesOtherEvent(ft, sentence, date) 
                || (apposition < 0 && PeriodAnchors.startOfLengthBefore(ft, date))) {
            return Optional.empty();
        }
        int clauseEnd = ArabicSentences.clauseEnd(ft.text, date.end(), sentence);
        int ownStart = ft.afterQuoteOpening(afterDateline(ft, sentence, trigger.start()), trigger.start());
        boolean phase = PhaseLabel.labels(ft, sentence, ownStart, trigger.start(), date.end());
        List<FieldText.Word> lead = ft.wordsIn(ownStart, trigger.start());
        // "أوضح أنه في غضون ثلاثة أسابيع، ستنسحب القوات": a date opening a reported clause is fronted in it
        boolean fronted = phase || lead.isEmpty() || COMPLEMENTIZERS.contains(lead.get(lead.size() - 1).folded());
        int opened = fronted ? -1 : ClauseOpeners.openedRightBefore(ft, sentence.start(), lead);
        if (opened >= 0) {
            fronted = true;
            ownStart = opened;
        }
        if (fronted && clauseEnd < sentence.end()) {
            // a date fronted before a comma ("في أيلول 2025، تنتهي المهمة") belongs to the clause after it
            // and to what a colon then spells out ("في آذار 2027، تكتمل الخطوة الثانية: إخلاء القاعدة")
            do {
                clauseEnd = ArabicSentences.clauseEnd(ft.text, clauseEnd + 1, sentence);
            } while (clauseEnd < sentence.end() && ft.text.charAt(clauseEnd) == ':');
        }
        Optional<SubjectFinder.Found> subject;
        if (apposition >= 0) {
            clauseEnd = ArabicSentences.clauseEnd(ft.text, apposition, sentence);
            subject = SubjectFinder.find(ft, new ArabicSentences.Span(date.end(), sentence.end()), date.end(),
                    date.end(), clauseEnd);
        } else {
            // a date that opens its quoted statement ("“مطلع الشهر المقبل، تبدأ المهمة …") has its subject there
            subject = SubjectFinder.find(ft, fronted && ownStart > sentence.start()
                    ? new ArabicSentences.Span(ownStart, sentence.end()) : sentence, date.start(), date.end(), clauseEnd);
        }
        // a stage of a plan dated by its label lies ahead as the plan does
        boolean futureClause = phase || FutureCues.futureClause(ft, sentence, trigger.start(), date.end(), clauseEnd);
        if (plannedSpan && !FutureCues.futureClause(ft, new ArabicSentences.Span(ft.afterQuoteOpening(sentence.start(),
                spanStart), sentence.end()), spanStart, date.end(), clauseEnd)) {
            return Optional.empty();
        }

        int start = trigger.start();
        ReducedDate due = date.date();
        boolean strong = plannedSpan || trigger.type() == DeadlineTrigger.Type.TARGET
                || trigger.type() == DeadlineTrigger.Type.START;

        if (date.kind() == DateMention.Kind.PERIOD) {
            if (date.direction() == DateMention.Direction.PAST) {
                return Optional.empty();
            }
            Integer postponement = date.vague() ? null : FutureCues.postponementBefore(ft, sentence, date);
            // a length whose start the text gives runs from that start, whatever the verb
            ReducedDate counted = PeriodAnchors.countedFromGivenStart(ft, date);
            if (date.direction() == DateMention.Direction.UNSPECIFIED) {
                if (counted == null && postponement == null && !PeriodAnchors.startsAhead(ft, date)
                        && !FutureCues.runsForward(PeriodAnchors.listHead(ft, date), subject, futureClause)
                        && !FutureCues.inLengthAhead(ft, date, subject, futureClause)
                        && !(field == ArticleField.TITLE && FutureCues.headlinePlan(ft, sentence, PeriodAnchors.listHead(ft, date), subject))
                        && !FutureCues.decidedPlan(ft, sentence, PeriodAnchors.listHead(ft, date), subject)
                        && !FutureCues.lastsFor(ft, sentence, date, subject)
                        && !MissionLength.of(ft, sentence, date, subject)
                        && !FutureCues.takesTime(ft, sentence, date, subject)
                        && !FutureCues.grantedFor(ft, sentence, date, subject)
                        && !FutureCues.timeFrameFor(ft, sentence, date, subject)
                        && !FutureCues.sentFor(ft, sentence, date, subject, futureClause)) {
                    return Optional.empty();
                }
                due = ft.published == null ? null : date.projectFrom(ft.published).orElse(null);
            }
            if (counted == null && (postponement != null || date.direction() == DateMention.Direction.FUTURE)) {
                counted = PeriodAnchors.countedFromExpiry(ft, sentence, date);
            }
            if (counted != null) {
                due = counted;
            } else if (PeriodAnchors.restatedByDate(ft, sentence, date, due)) {
                return Optional.empty();
            }
            // "إرجاء انسحاب القوات 3 سنوات": the postponement is part of the deadline phrase
            start = postponement != null ? postponement : Math.min(start, date.start());
            strong = true;
        } else {
            if (date.direction() == DateMention.Direction.PAST) {
                return Optional.empty();
            }
            // "نهاية الشهر الجاري"، "أواخر العام الحالي": the rest of the current period lies ahead
            boolean saysFuture = date.direction() == DateMention.Direction.FUTURE
                    || (date.direction() == DateMention.Direction.PRESENT
                    && (date.modifier() == DateMention.Modifier.END || date.modifier() == DateMention.Modifier.LATE));
            if (!strong && !saysFuture && !futureClause && !FutureCues.scheduled(ft, sentence, subject, date)) {
                return Optional.empty();
            }
            due = rollYearlessMonthForward(date, due, ft.published, strong, (futureClause || subject.isPresent()
                    && subject.get().future()) && !SubjectFinder.relativeClauseRightBefore(ft, sentence, date.start()));
            due = followingYear(ft, date, due);
        }
        if (due != null && ft.published != null && due.endsBefore(ft.published)) {
            return Optional.empty();
        }
        if (subject.isPresent() && subject.get().tense() == CueLexicon.Tense.PAST && !futureClause) {
            return Optional.empty();
        }

        if (subject.isPresent() && (OtherEventDates.datesAnEvent(ft, sentence, subject.get().start(), date, trigger)
                || aboutDetainees(ft, sentence, subject.get())
                || OtherEventDates.negatedClauseAfterSubject(ft, sentence, subject.get().start(), date))) {
            return Optional.empty();
        }

        if (subject.isPresent() && deniedBefore(ft, sentence, subject.get().start())) {
            return Optional.empty();
        }
        DeadlineSubject what = subject.map(SubjectFinder.Found::subject).orElse(DeadlineSubject.OTHER);
        boolean notLeavingBefore = false;
        if (subject.isPresent() && subject.get().negated()) {
            // "لن تنسحب القوات قبل 2027" says they stay at least until then; "لن تبقى حتى 2027" dates nothing
            if ((what == DeadlineSubject.WITHDRAWAL || what == DeadlineSubject.MISSION_END)
                    && trigger.type() == DeadlineTrigger.Type.TARGET) {
                what = DeadlineSubject.PRESENCE_UNTIL;
                notLeavingBefore = true;
            } else {
                return Optional.empty();
            }
        }

        // the deadline's own words: from the subject word to the date, or to the clause end when the
        // subject word comes after the date ("موعدا أقصاه أيلول 2026 لانسحاب آخر جندي أمريكي")
        int subjectStart = subject.map(SubjectFinder.Found::start).orElse(start);
        int windowStart = Math.min(subjectStart, start);
        int windowEnd = subjectStart > date.end() ? clauseEnd : date.end();
        String force = ForceAndCountry.force(ft, sentence, windowStart, windowEnd);
        if (subject.isEmpty() && !(strong && force != null && !LOCAL_FORCES.contains(force))) {
            return Optional.empty();
        }
        if (force == null && !militarySentence(ft, sentence)) {
            // "يستمر العمل في مشروع الطريق حتى 2027": a subject word, but nothing military
            return Optional.empty();
        }
        String country = ForceAndCountry.country(ft, sentence, windowStart, Math.max(windowEnd, clauseEnd), force,
                what);

        int end = date.end();
        DeadlineQualifier qualifier = notLeavingBefore ? DeadlineQualifier.AT_LEAST : null;
        Matcher atLeast = AT_LEAST_AFTER.matcher(ft.foldedAfter(date.end(), 30));
        if (atLeast.find()) {
            end = ft.advance(date.end(), atLeast.end());
            qualifier = DeadlineQualifier.AT_LEAST;
        } else if (ft.matchEndingAt(AT_LEAST_BEFORE, start, 25) != null) {
            qualifier = DeadlineQualifier.AT_LEAST;
        }
        if (recommended(ft, sentence, date.start())) {
            // a recommendation is not a decision, whatever floor it sets
            qualifier = DeadlineQualifier.PROPOSED;
        }
        String announcedBy = Announcer.find(ft, sentence, date.start());
        DeadlineModifier modifier = DeadlineModifier.of(date.modifier());
        due = DueConvention.apply(due, modifier);

        double confidence = 0.4 + (strong ? 0.2 : 0.1) + (subject.isPresent() ? 0.15 : 0) + (force != null ? 0.1 : 0)
                + (country != null ? 0.05 : 0) + (due != null ? 0.05 : -0.1);
        return Optional.of(new ExtractedDeadline(field, start, end, ft.text.substring(start, end),
                ft.text.substring(sentence.start(), sentence.end()), due, date.text(), modifier,
                date.kind() == DateMention.Kind.CALENDAR ? null : date.text(), what, qualifier, force,
                country,
                announcedBy, Math.round(Math.min(confidence, 0.95) * 100) / 100.0));
    }

    /**
     * Where a sentence's own words begin: after the dateline that opens it (" date 2025-06-01 مع مطلع
     * العام المقبل، …" fronts its date as much as a sentence without the dateline).
     */
    private static int afterDateline(FieldText ft, ArabicSentences.Span sentence, int before) {
        // only the sentence's first date can open it; the dates are in text order
        for (DateMention d : ft.dates) {
            if (d.start() < sentence.start()) {
                continue;
            }
            boolean opens = d.end() <= before
                    && ft.wordsIn(sentence.start(), d.start()).stream().allMatch(w -> w.folded().equals("date"))
                    && dateline(ft, d, DeadlineTrigger.of(ft, d));
            return opens ? d.end() : sentence.start();
        }
        return sentence.start();
    }

    /**
     * A day-precise date equal to the publication date with no target word is the article's own
     * dateline or "today" ("الأحد 31 آب 2025"), never a deadline.
     */
    private static boolean dateline(FieldText ft, DateMention date, DeadlineTrigger trigger) {
        return ft.published != null && trigger.type() == DeadlineTrigger.Type.WEAK && date.date() != null
                && date.date().precision() == ReducedDate.Precision.DAY && date.date().firstDay().equals(ft.published);
    }

    /**
     * "العام التالي" is the year after the one the text spoke of last ("تبدأ في سبتمبر المقبل …
     * وتكتمل بحلول نهاية العام التالي"), not after the publication year; without an earlier date in the
     * field it stays counted from the publication date.
     */
    private static ReducedDate followingYear(FieldText ft, DateMention date, ReducedDate due) {
        if (due == null || date.kind() != DateMention.Kind.ANCHORED || due.month() != null
                || !FOLLOWING.matcher(FoldedText.fold(date.text())).find()) {
            return due;
        }
        ReducedDate last = null;
        for (DateMention other : ft.dates) {
            if (other.end() <= date.start() && other.date() != null) {
                last = other.date();
            }
        }
        return last == null ? due : ReducedDate.ofYear(last.year() + 1);
    }

    private static final Pattern FOLLOWING = Pattern.compile(FoldedText.fold("(?:عام|سنة)\\s+(?:ال)?تالي"));

    /** "نقل المعتقلين"، "تسليم السجناء": a schedule for moving detainees, not troops. */
    /** Places no troops leave: "مغادرة مخيم الهول" (the displaced), "مغادرة منصبه" (an office). */
    private static final java.util.Set<String> NOT_POSTS = CueLexicon.fold("مخيم", "مخيمات", "منصب", "المنصب",
            "منصبه", "منصبها");

    private static boolean aboutDetainees(FieldText ft, ArabicSentences.Span sentence, SubjectFinder.Found subject) {
        List<FieldText.Word> after = ft.wordsIn(subject.start(), Math.min(ft.text.length(), subject.start() + 60));
        // within six words: "ترحيل قرابة ألفي موقوف" counts them first
        if (after.stream().skip(1).limit(6).anyMatch(w -> CueLexicon.isDetainee(w.folded())
                || CueLexicon.readings(w.folded()).stream().anyMatch(NOT_POSTS::contains))) {
            return true;
        }
        // "تتواصل عملية نقل المعتقلين … ويُنتظر وصول دفعة من 300 عنصر الأسبوع المقبل": a move in a sentence about
        // moving detainees moves more of them
        return subject.subject() == DeadlineSubject.DEPLOYMENT
                && ft.wordsIn(sentence.start(), subject.start()).stream().anyMatch(w -> CueLexicon.isDetainee(w.folded()));
    }

    /** A denial verb up to six words before the subject word: "نفت الوزارة وجود نية لسحب القوات قبل 2026". */
    private static boolean deniedBefore(FieldText ft, ArabicSentences.Span sentence, int subjectStart) {
        List<FieldText.Word> before = ft.wordsIn(sentence.start(), subjectStart);
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 6); i--) {
            if (CueLexicon.isDenial(before.get(i).folded())) {
                return true;
            }
        }
        return false;
    }

    /** A military word in the sentence or the one before ("انخفض قوام الجيش … وسيبقى العدد عند هذا المستوى"). */
    private static boolean militarySentence(FieldText ft, ArabicSentences.Span sentence) {
        int index = ft.sentences.indexOf(sentence);
        int from = index > 0 ? ft.sentences.get(index - 1).start() : sentence.start();
        return ft.wordsIn(from, sentence.end()).stream()
                .anyMatch(w -> CueLexicon.isMilitaryWord(w.folded()));
    }

    /**
     * "بحلول آذار" without a year, read in October, means next March: a target is ahead. The date
     * finder picks the nearest year; a target that would already be over moves a year on, unless it is
     * the month that has just ended and no verb looks ahead (news read on 1 October of "the end of
     * September" reports on it; "ستبقى حتى سبتمبر" read then still means next September).
     */
    private static ReducedDate rollYearlessMonthForward(DateMention date, ReducedDate due, LocalDate published,
                                                        boolean target, boolean saysFuture) {
        // a month the clause puts ahead ("ستنسحب في يناير") is the next one, as after a target word
        if (due == null || published == null || !target && !saysFuture || date.kind() != DateMention.Kind.ANCHORED
                || date.direction() != DateMention.Direction.UNSPECIFIED || !due.endsBefore(published)) {
            return due;
        }
        if (!saysFuture && due.month() != null && java.time.YearMonth.of(due.year(), due.month()).plusMonths(1)
                .equals(java.time.YearMonth.from(published))) {
            return due; // the month just ended: "بحلول نهاية سبتمبر" read on 1 October is over, not a year off
        }
        if (due.day() != null && due.year() == published.getYear() && due.month() == published.getMonthValue()) {
            return due; // "التاسع من أكتوبر" read on 24 October has passed this month; it is no date a year off
        }
        return due.plusYears(1);
    }

    private static boolean recommended(FieldText ft, ArabicSentences.Span sentence, int dateStart) {
        List<FieldText.Word> words = ft.wordsIn(sentence.start(), dateStart);
        for (int i = 0; i < words.size(); i++) {
            List<String> following = words.subList(i + 1, words.size()).stream().map(FieldText.Word::folded).toList();
            if (CueLexicon.isRecommendation(words.get(i).folded(), following)) {
                return true;
            }
        }
        return false;
    }
}
