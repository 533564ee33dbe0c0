package io.raqib.claim.extraction;

import io.raqib.arabic.ArabicTokens.Token;

/**
 * Decides what a figure counts from the words around it. The noun decides first (معتقلين →
 * detained, قتلى → casualties), then "جندي إضافي" (deployment), a level reached ("وصل إلى 2000
 * جندي" → presence), a crossing with origin and destination (transfer); otherwise the nearest
 * cue word wins, words before the number counting more than words after and a comma or colon
 * counting as distance. A level in a sentence that speaks of the future is a target.
 */
final class KindClassifier {
    private static final int MAX_DISTANCE = 14;
    private static final WordSet TO = WordSet.exact("الي", "حتي", "لحدود");
    private static final WordSet ON = WordSet.exact("علي", "على");
    /** Verbs that say what a unit is made of; the figure after them describes the unit, as a count word does. */
    private static final WordSet CONSISTS_OF = WordSet.of("يضم", "تضم", "ضمت", "يتألف", "تتألف");
    private static final WordSet EXTRA = WordSet.of("إضافي", "إضافيا", "إضافيين", "إضافية", "إضافيون", "آخرين",
            "جدد");
    /** Changes told as done or now happening ("خفضت"، "يرتفع إجمالي … إلى"): the level they reach is there. */
    private static final WordSet PAST_REDUCTION = WordSet.of("قلصت", "خفضت", "انخفض", "تراجع", "تقلص", "انخفضت",
            "تراجعت", "ارتفع", "ازداد", "ارتفعت", "ازدادت", "زاد", "زادت", "تضاعف", "تضاعفت", "ضاعف", "ضاعفت", "رفعت",
            "يرتفع", "ترتفع", "ينخفض", "تنخفض", "يتقلص", "تتقلص", "يتراجع", "تتراجع");

    private KindClassifier() {
    }

    /**
     * @param numberFirst  first token of the number
     * @param qualFirst    first token of the qualifier before it (or numberFirst)
     * @param nounLast     last token of the figure (noun or number)
     * @param noun         the personnel noun, or null
     */
    static FigureKind classify(Analysis a, int numberFirst, int qualFirst, int nounLast, NounFinder.Hit noun,
                               boolean hasLocation) {
        return classify(a, numberFirst, qualFirst, nounLast, noun, hasLocation, null);
    }

    /** As above, knowing the force counted: an armed group's members in a prison or camp are detainees. */
    static FigureKind classify(Analysis a, int numberFirst, int qualFirst, int nounLast, NounFinder.Hit noun,
                               boolean hasLocation, String force) {
        FigureKind kind = classifyWords(a, numberFirst, qualFirst, nounLast, noun, hasLocation);
        if (kind == FigureKind.TRANSFER && (force != null && KindCues.ARMED_GROUPS.contains(force) || noun != null
                && noun.type() == PersonnelNouns.Type.DETAINEE) && !KindCues.releasedBefore(a, qualFirst)) {
            return FigureKind.DETAINED; // detainees handed from one captor to another are still held
        }
        if (kind == FigureKind.DEPLOYMENT && force != null && KindCues.ARMED_GROUPS.contains(force)
                && MoveEnds.movedAcross(a, qualFirst, nounLast)) {
            return FigureKind.DETAINED; // "نقل 150 عنصرا من داعش من الحسكة إلى العراق": moved by their captors
        }
        if ((kind == FigureKind.DEPLOYMENT || kind == FigureKind.TRANSFER) && (force == null || !KindCues.ARMED_GROUPS.contains(force))
                && (noun == null || noun.type() != PersonnelNouns.Type.DETAINEE)
                && MoveEnds.homeward(a, nounLast, a.lastTokenOf(a.sentenceOf[nounLast]))
                || (kind == FigureKind.PRESENCE || kind == FigureKind.DEPLOYMENT)
                && GoingHome.toOwnState(a, numberFirst, nounLast, force, kind == FigureKind.DEPLOYMENT)) {
            return FigureKind.WITHDRAWAL; // "نقل 50 ألف جندي من العراق للكويت ومن ثم إلى بلادهم"
        }
        if (kind != FigureKind.CASUALTIES && kind != FigureKind.DETAINED && kind != FigureKind.WITHDRAWAL
                && kind != FigureKind.TARGET && KindCues.medicalNear(a, numberFirst, nounLast)) {
            return FigureKind.CASUALTIES;
        }
        if (force != null && KindCues.ARMED_GROUPS.contains(force)
                && kind != FigureKind.CASUALTIES && kind != FigureKind.TRANSFER
                && detentionPlaceInSentence(a, numberFirst)) {
            return FigureKind.DETAINED;
        }
        if ((kind == FigureKind.PRESENCE || kind == FigureKind.OTHER) && heldInPlace(a, qualFirst)) {
            return FigureKind.DETAINED;
        }
        if (kind != FigureKind.CASUALTIES && kind != FigureKind.DETAINED && traineesOrRoll(a, qualFirst, nounLast)) {
            return FigureKind.OTHER;
        }
        if ((kind == FigureKind.PRESENCE || kind == FigureKind.DEPLOYMENT) && RunningTotal.counts(a, qualFirst, nounLast)) {
            return FigureKind.OTHER;
        }
        if (ChangeAndReturn.difference(a, qualFirst)) {
            return FigureKind.OTHER;
        }
        kind = StandingStrength.kindOf(a, qualFirst, kind);
        FigureKind returned = kind != FigureKind.CASUALTIES && kind != FigureKind.DETAINED && kind != FigureKind.TRANSFER
                && noun != null && noun.type() == PersonnelNouns.Type.PERSONNEL
                ? ChangeAndReturn.returned(a, qualFirst, nounLast) : null;
        if (returned == FigureKind.WITHDRAWAL
                || returned == FigureKind.DEPLOYMENT && (kind == FigureKind.PRESENCE || kind == FigureKind.OTHER)) {
            return returned;
        }
        return kind;
    }

    /** "سجن … يضم 900 عنصر": a containment verb right before the number, a detention place before it. */
    private static boolean heldInPlace(Analysis a, int qualFirst) {
        int from = a.firstTokenOf(a.sentenceOf[qualFirst]);
        int verb = -1;
        for (int k = qualFirst - 1; k >= Math.max(from, qualFirst - 2); k--) {
            if (KindCues.HOLDS.contains(a.tokens.get(k))) {
                verb = k;
                break;
            }
        }
        if (verb < 0) {
            return false;
        }
        // the prison may head the paragraph: "سجن الصناعة: يقع … ويضم 900 عنصر"
        int s = a.sentenceOf[qualFirst];
        int start = s > 0 ? a.firstTokenOf(s - 1) : from;
        for (int k = verb - 1; k >= Math.max(start, verb - 30); k--) {
            if (KindCues.DETENTION_PLACE.contains(a.tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "بتدريب قرابة 3 آلاف متطوع"، "2000 منتسب أشرف التحالف على تدريبهم"، "الأعداد المسجلة … 150
     * ألف": trainees and people on a roll are counted, not a force on the ground.
     */
    private static boolean traineesOrRoll(Analysis a, int qualFirst, int nounLast) {
        int s = a.sentenceOf[qualFirst];
        int from = a.firstTokenOf(s);
        int to = a.lastTokenOf(s);
        for (int k = qualFirst - 1; k >= Math.max(from, qualFirst - 4); k--) {
            if (KindCues.TRAINING.contains(a.tokens.get(k)) && !KindCues.TRAINING_FRAMES.contains(a.token(k - 1))
                    || KindCues.LISTED.contains(a.tokens.get(k))) {
                return true; // (a "مهمة تدريب" names the mission: "يرتفع عددهم في مهمة تدريب إلى 300")
            }
            if (KindCues.isEvent(KindCues.kindOf(a.tokens.get(k)))) {
                break; // "لتدريب القوات العراقية، وإرسال مئتي عنصر": those sent are not the trainees
            }
        }
        for (int k = nounLast + 1; k <= Math.min(to, nounLast + 8); k++) {
            Token t = a.tokens.get(k);
            // the object pronoun says they are the ones trained: "على تدريبهم"
            if (t.norm().endsWith("هم") && KindCues.TRAINING.contains(t) || k == nounLast + 1 && KindCues.LISTED.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A prison or camp in the sentence, the counted said to be held ("… الذين كانوا معتقلين لدى قسد"،
     * "الذين تم أسرهم") or detainees named before them ("مجموع المحتجزين … بـ 2800 مسلح").
     */
    private static boolean detentionPlaceInSentence(Analysis a, int numberFirst) {
        int s = a.sentenceOf[numberFirst];
        for (int k = a.firstTokenOf(s); k <= a.lastTokenOf(s); k++) {
            Token t = a.tokens.get(k);
            if (KindCues.DETENTION_PLACE.contains(t) || k < numberFirst && PersonnelNouns.DETAINEE.contains(t)
                    || k > numberFirst && k <= numberFirst + 12 && (PersonnelNouns.DETAINEE.contains(t) || KindCues.capturedAt(a, k))) {
                return true;
            }
        }
        return false;
    }

    private static FigureKind classifyWords(Analysis a, int numberFirst, int qualFirst, int nounLast,
                                            NounFinder.Hit noun, boolean hasLocation) {
        int s = a.sentenceOf[numberFirst];
        int from = a.firstTokenOf(s);
        int to = a.lastTokenOf(s);
        if (noun != null && noun.type() == PersonnelNouns.Type.CASUALTY) {
            return FigureKind.CASUALTIES;
        }
        Token next = a.token(nounLast + 1);
        if (noun != null && noun.type() != PersonnelNouns.Type.DETAINEE && EXTRA.contains(next)
                && !a.clauseBreakBefore(nounLast + 1) && !KindCues.withdrawnBefore(a, qualFirst)
                && !KindCues.killedBefore(a, qualFirst)) {
            return FigureKind.DEPLOYMENT; // "500 جندي إضافي" are sent; "150 معتقلا آخرين" are still held
        }
        if (KindCues.outOfWhole(a, qualFirst) || KindCues.wholeAfterPart(a, qualFirst)) {
            // "سحب 1500 من أصل 2500 جندي": the whole the part is taken from is the force there now
            // (of detainees, those held: "50 داعشياً من أصل 3500 محتجز")
            return noun != null && noun.type() == PersonnelNouns.Type.DETAINEE ? FigureKind.DETAINED : FigureKind.PRESENCE;
        }
        boolean future = futureBefore(a, from, numberFirst) || futureAfter(a, nounLast, to);
        Token before = a.token(qualFirst - 1);
        if (before != null && TO.contains(before) && KindCues.REACH.contains(a.token(qualFirst - 2))
                && WHAT.contains(a.token(qualFirst - 3))) {
            // "نشر ما يصل إلى 500 جندي": "ما يصل إلى" says "up to"; the cue is the word before it
            qualFirst -= 3;
            before = null;
        }
        boolean limitedTo = ON.contains(before) && KindCues.LIMITED.contains(a.token(qualFirst - 2));
        boolean toLevel = before != null
                && (TO.contains(before) && !KindCues.ADDITION.contains(a.token(qualFirst - 2)) || limitedTo);
        FigureKind counted = KindCues.eventNounBefore(a, from, qualFirst);
        if (toLevel && counted == null || before != null && KindCues.REACH.contains(before)) {
            counted = Tallies.tallyBefore(a, from, qualFirst);
            toLevel = toLevel || counted != null;
        }
        counted = toLevel && counted == null ? Tallies.harmRightAfter(a, nounLast) : counted;
        if (toLevel && counted != null) {
            return counted; // "عدد قتلى الحرس وصل إلى ألف مقاتل": the level of a count of the dead
        }
        if (toLevel) {
            // "وصل إلى 2000 جندي"، "تقليص عددهم إلى 2500"، "يقتصر على 500": a level, reached (presence) or planned (target)
            for (int k = qualFirst - 2; k >= Math.max(from, qualFirst - 12); k--) {
                Token t = a.tokens.get(k);
                boolean level = KindCues.REACH.contains(t) || KindCues.LIMITED.contains(t);
                if (level || KindCues.CHANGE.contains(t) || KindCues.WITHDRAWAL.contains(t)) {
                    if (future) {
                        return FigureKind.TARGET;
                    }
                    // a past verb (also after ما: "ما رفع العدد إلى") reports a level reached; a verbal noun names a plan
                    return PAST_REDUCTION.contains(t) || level || KindCues.DONE.contains(a.token(k - 1))
                            || WHAT.contains(a.token(k - 1)) ? FigureKind.PRESENCE : FigureKind.TARGET;
                }
            }
        }
        FigureKind best = null;
        double bestD = Double.MAX_VALUE;
        int bestTok = -1;
        int breaks = 0;
        for (int k = qualFirst - 1; k >= from; k--) {
            if (a.clauseBreakBefore(k + 1)) {
                breaks++;
            }
            FigureKind kk = cueAt(a, k);
            if (kk != null) {
                double d = (qualFirst - k) + 4.0 * breaks;
                if (d < bestD) {
                    bestD = d;
                    best = kk;
                    bestTok = k;
                }
                break;
            }
        }
        breaks = 0;
        for (int k = nounLast + 1; k <= to && !KindCues.TEMPORAL.contains(a.tokens.get(k)); k++) {
            int pastAside = Asides.after(a, k, to); // "60 جنديا، بينهم 8 ضباط، وصلوا": the verb after an aside
            k = Math.max(k, pastAside);
            if (pastAside < 0 && a.clauseBreakBefore(k)) {
                breaks++;
                if (a.tokens.get(k).norm().startsWith("و")) {
                    break; // "…، ودمجت 300": a new coordinated clause tells another event
                }
            }
            FigureKind kk = cueAt(a, k);
            if (kk != null && KindCues.OF_THEM.contains(a.token(k + 1))) {
                break; // "قوامها 300 عنصر جرح منهم أربعة": what befell a part of them, not the whole
            }
            if (kk != null) {
                double d = (k - nounLast) * 1.5 + 2 + 4.0 * breaks;
                if (d < bestD) {
                    bestD = d;
                    best = kk;
                    bestTok = k;
                }
                break;
            }
        }
        boolean countWord = best == FigureKind.PRESENCE && bestTok >= 0 && (KindCues.COUNT.contains(a.tokens.get(bestTok))
                || CONSISTS_OF.contains(a.tokens.get(bestTok))); // "قواته التي تضم ألفي جندي ستغادر العراق"
        if (countWord) {
            // "سحب قواتها البالغ عددها 4 آلاف"، "وقوامها 4 آلاف … مغادرة العراق": a count word only
            // describes the group; an event verb around it tells what happens to it
            FigureKind event = eventAround(a, bestTok, nounLast, from, to);
            if (event != null) {
                best = event;
            }
        } else if (best == FigureKind.PRESENCE && !newClauseVerb(a, bestTok)
                && !KindCues.EXCEPT.contains(a.tokens.get(bestTok)) && !KindCues.PRESENCE_NOUNS.contains(a.tokens.get(bestTok))) {
            // an event word a little further back outweighs a descriptive one: "تعزيزات تضم 400 عنصر"
            for (int k = Math.min(bestTok, qualFirst) - 1; k >= Math.max(from, qualFirst - 6); k--) {
                if (a.clauseBreakBefore(k + 1)) {
                    break;
                }
                FigureKind kk = cueAt(a, k);
                if (KindCues.isEvent(kk)) {
                    best = kk;
                    bestTok = k;
                    break;
                }
            }
        }
        // "دفعت … بمدرعات وذخائر، بالإضافة إلى 400 مظلي": an addition shares the verb of its list, however far
        if (best == null || bestD > MAX_DISTANCE && !KindCues.ADDITION.contains(a.token(qualFirst - 2))) {
            best = null;
        }
        if (best != null && bestTok >= 0 && KindCues.CROSSING.contains(a.tokens.get(bestTok))) {
            best = MoveEnds.crossingKind(a, bestTok, nounLast, to);
        }
        int crossingCue = best == null ? MoveEnds.crossingCueBefore(a, from, qualFirst) : -1;
        crossingCue = crossingCue < 0 && best == null ? MoveEnds.crossingVerbAfter(a, nounLast, to) : crossingCue;
        FigureKind crossed = crossingCue >= 0 ? MoveEnds.crossingKind(a, crossingCue, nounLast, to) : null;
        if (crossed != null && (crossed != FigureKind.DEPLOYMENT || !MoveEnds.returning(a.tokens.get(crossingCue)))) {
            best = crossed; // both ends, a return from a place, or an entry ("دخل 100 جندي"); a bare return is not told
        }
        if (noun != null && noun.type() == PersonnelNouns.Type.DETAINEE
                && best != FigureKind.TRANSFER && best != FigureKind.CASUALTIES) {
            return FigureKind.DETAINED;
        }
        int listStart = best == null ? ListItems.firstItem(a, qualFirst, nounLast, to) : qualFirst;
        if (listStart < qualFirst) {
            return classifyWords(a, numberFirst, listStart, nounLast, noun, hasLocation); // "وصل 900 …، و300 كندي"
        }
        if (best == null) {
            // a level the sentence plans or requires is a target even where no place is named
            best = hasLocation || future || noun != null && noun.type() == PersonnelNouns.Type.PERSONNEL
                    ? FigureKind.PRESENCE : FigureKind.OTHER;
        }
        if (best == FigureKind.PRESENCE && (future || bestTok >= 0 && KindCues.KEEPING_NOUN.contains(a.tokens.get(bestTok)))) {
            return bestTok >= 0 && KindCues.SETTLING.contains(a.tokens.get(bestTok)) ? FigureKind.DEPLOYMENT : FigureKind.TARGET;
        }
        return best;
    }

    /** An event word within a dozen words before the count word, or a few after the figure. */
    private static FigureKind eventAround(Analysis a, int countTok, int nounLast, int from, int to) {
        int breaks = 0;
        for (int k = countTok - 1; k >= Math.max(from, countTok - 12); k--) {
            if (a.clauseBreakBefore(k + 1) && ++breaks > 1 || KindCues.ASIDE.contains(a.tokens.get(k))) {
                break; // "…، علما وأن تعداد الجنود …": an aside opens a clause of its own
            }
            FigureKind kk = cueAt(a, k);
            if (KindCues.isEvent(kk)) {
                return kk;
            }
            if (kk == FigureKind.PRESENCE && !KindCues.COUNT.contains(a.tokens.get(k)) && !GroupDescription.describes(a, k)) {
                return null; // "أبقت على قوة بلغ تعدادها 400": the nearer verb governs
            }
        }
        for (int k = nounLast + 1; k <= Math.min(to, nounLast + 4); k++) {
            if (a.clauseBreakBefore(k) || KindCues.TEMPORAL.contains(a.tokens.get(k))) {
                break; // "عديدها 2500 جندي عقب اغتيال …": an event after بعد only dates the count
            }
            FigureKind kk = cueAt(a, k);
            if (KindCues.isEvent(kk) && !KindCues.TAKING_PART.contains(a.tokens.get(k))
                    && !KindCues.OF_THEM.contains(a.token(k + 1))) {
                return kk;
            }
        }
        return null;
    }

    /** "… وسيبقى 200 جندي": a verb joined by و opens a new clause; events before it are another's. */
    private static boolean newClauseVerb(Analysis a, int tok) {
        if (tok < 0) {
            return false;
        }
        Token t = a.tokens.get(tok);
        return t.norm().startsWith("و") && KindCues.FUTURE.contains(t);
    }

    private static final WordSet REPORTING_NAQAL = WordSet.of("نقل", "نقلت", "ينقل", "تنقل", "نقلا");
    private static final WordSet AN = WordSet.exact("عن");
    private static final WordSet WHAT = WordSet.exact("ما", "بما", "لما");
    private static final WordSet ELIMINATION = WordSet.of("القضاء", "قضاء", "قضى", "قضت", "قضوا", "يقضي", "تقضي");
    private static final WordSet AN_ALA = WordSet.exact("علي");
    /** "قضوا في سوريا"، "قضوا نحبهم": the verb of dying, not of spending time or of a court. */
    private static final WordSet DIED = WordSet.exact("قضي", "قضت", "قضوا", "وقضي", "وقضوا");
    private static final WordSet DIED_IN = WordSet.exact("في", "نحبهم", "نحبه", "جراء", "خلال", "اثر");

    /** The kind cue at token k; "نقلت رويترز عن …" reports, it does not move troops. */
    private static FigureKind cueAt(Analysis a, int k) {
        FigureKind kk = KindCues.kindAt(a, k);
        if (kk == FigureKind.CASUALTIES && ELIMINATION.contains(a.tokens.get(k)) && !AN_ALA.contains(a.token(k + 1))
                && !(DIED.contains(a.tokens.get(k)) && DIED_IN.contains(a.token(k + 1)))) {
            return null; // "القضاء على" eliminates; "القضاء العراقي" is the judiciary
        }
        if (kk == FigureKind.DEPLOYMENT && REPORTING_NAQAL.contains(a.tokens.get(k))) {
            for (int j = k + 1; j <= k + 3 && j < a.tokens.size(); j++) {
                if (AN.contains(a.tokens.get(j))) {
                    return null;
                }
            }
        }
        return kk;
    }

    /** "2500 جندي سيبقون": a future verb right after the figure. */
    private static boolean futureAfter(Analysis a, int nounLast, int to) {
        for (int k = nounLast + 1; k <= Math.min(to, nounLast + 3); k++) {
            if (a.clauseBreakBefore(k)) {
                return false;
            }
            if (KindCues.FUTURE.contains(a.tokens.get(k)) || KindCues.mayStay(a, k)) {
                return true;
            }
        }
        return false;
    }

    /** A future or planning word in the sentence, before the number. */
    private static boolean futureBefore(Analysis a, int from, int numberFirst) {
        for (int k = numberFirst - 1; k >= Math.max(from, numberFirst - 12); k--) {
            if (KindCues.FUTURE.contains(a.tokens.get(k)) || KindCues.onCondition(a, k)) {
                return true;
            }
            // "تعتزم سحب قواتها من القاعدة حيث يتمركز 500 جندي": the plan does not reach the present clause
            if (KindCues.PRESENT_CLAUSE.contains(a.tokens.get(k))) {
                return false;
            }
        }
        return false;
    }
}
