package io.raqib.article.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule of the document format, on small documents written for these tests. */
class NewsDocumentParserTest {

    private final NewsDocumentParser parser = new NewsDocumentParser();

    private static String doc(String... lines) {
        return String.join("\n", lines);
    }

    private ParsedArticle only(String text) {
        ParseResult result = parser.parse(text);
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0);
    }

    static final String BASIC = doc(
            "واشنطن تبقي قواتها في شرق سوريا حتى إشعار آخر",
            "تاريخ النشر: 3rd, March 2025 GMT",
            "قال مسؤول في وزارة الدفاع إن نحو 2000 جندي أمريكي ما زالوا منتشرين في شرق سوريا.",
            "وأضاف أن القوات الأمريكية تواصل دعم شركائها المحليين في ملاحقة خلايا تنظيم الدولة.",
            "المصدر: عنب بلدي",
            "كلمات دلالية: سوريا القوات الأمريكية تنظيم الدولة");

    @Nested
    class TheMainArticle {
        @Test
        void readsTitleDateBodyOutletAndKeywords() {
            ParsedArticle article = only(BASIC);
            assertThat(article.line()).isEqualTo(1);
            assertThat(article.title()).isEqualTo("واشنطن تبقي قواتها في شرق سوريا حتى إشعار آخر");
            assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2025, 3, 3));
            assertThat(article.body()).startsWith("قال مسؤول في وزارة الدفاع").contains("\nوأضاف أن القوات");
            assertThat(article.body()).doesNotContain("المصدر", "كلمات دلالية");
            assertThat(article.outlets()).containsExactly("عنب بلدي");
            assertThat(article.primaryOutlet()).contains("عنب بلدي");
            assertThat(article.keywords()).containsExactly("سوريا", "القوات الأمريكية", "تنظيم الدولة");
            assertThat(article.relatedTo()).isNull();
            assertThat(article.isRelated()).isFalse();
        }

        @Test
        void withoutDateOrOutletHasNullDateAndNoOutlets() {
            ParsedArticle article = only(doc(
                    "بغداد تنفي وصول تعزيزات أجنبية جديدة",
                    "نفت قيادة العمليات المشتركة ما تداولته منصات عن وصول قوات إضافية إلى قاعدة عين الأسد."));
            assertThat(article.publishedAt()).isNull();
            assertThat(article.outlets()).isEmpty();
            assertThat(article.primaryOutlet()).isEmpty();
            assertThat(article.keywords()).isEmpty();
        }

        @Test
        void dropsACategoryLabelUnderTheTitleButKeepsIt() {
            ParsedArticle article = only(doc(
                    "ماذا يبقى من التحالف في أربيل بعد 2025؟",
                    "تقارير",
                    "تتجه أنظار المراقبين إلى أربيل حيث يفترض أن تبقى قوة محدودة حتى أيلول 2026."));
            assertThat(article.category()).isEqualTo("تقارير");
            assertThat(article.body()).startsWith("تتجه أنظار المراقبين");
        }

        @Test
        void aSectionWordInsideTheBodyStaysBody() {
            ParsedArticle article = only(doc(
                    "عنوان قصير عن القواعد",
                    "فقرة أولى عن القواعد الأجنبية.",
                    "تقارير",
                    "فقرة ثالثة."));
            assertThat(article.category()).isNull();
            assertThat(article.body()).isEqualTo("فقرة أولى عن القواعد الأجنبية.\nتقارير\nفقرة ثالثة.");
        }

        @Test
        void aDateStampUnderTheTitleIsNotBodyAndCanStandForTheDateLine() {
            ParsedArticle article = only(doc(
                    "الناتو يمدد مهمته الاستشارية في العراق",
                    "الأربعاء، 14 شباط 2024 - 10:40 ص",
                    "مدد حلف شمال الأطلسي مهمته الاستشارية في العراق عاماً إضافياً."));
            assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2024, 2, 14));
            assertThat(article.body()).isEqualTo("مدد حلف شمال الأطلسي مهمته الاستشارية في العراق عاماً إضافياً.");
        }

        @Test
        void dropsAnAppBanner() {
            ParsedArticle article = only(doc(
                    "عنوان عن الانسحاب",
                    "تاريخ النشر: 2024-09-27",
                    "تابع أحدث الأخبار عبر قناتنا على تلغرام",
                    "أعلنت بغداد وواشنطن جدولاً زمنياً لإنهاء مهمة التحالف."));
            assertThat(article.publishedAt()).isEqualTo(LocalDate.of(2024, 9, 27));
            assertThat(article.body()).isEqualTo("أعلنت بغداد وواشنطن جدولاً زمنياً لإنهاء مهمة التحالف.");
        }
    }

    @Nested
    class DateLines {
        private LocalDate dateOf(String dateLine) {
            return only(doc("عنوان", dateLine, "نص الخبر.")).publishedAt();
        }

        @Test
        void englishOrdinalDates() {
            assertThat(dateOf("تاريخ النشر: 1st, September 2025 GMT")).isEqualTo(LocalDate.of(2025, 9, 1));
            assertThat(dateOf("تاريخ النشر: 22nd, February 2023 GMT")).isEqualTo(LocalDate.of(2023, 2, 22));
            assertThat(dateOf("تاريخ النشر: January 5, 2026")).isEqualTo(LocalDate.of(2026, 1, 5));
        }

        @Test
        void arabicIndicDigitsAndBothMonthFamilies() {
            assertThat(dateOf("تاريخ النشر: ١٢ شباط ٢٠٢٥")).isEqualTo(LocalDate.of(2025, 2, 12));
            assertThat(dateOf("تاريخ النشر: ١٢ فبراير ٢٠٢٥")).isEqualTo(LocalDate.of(2025, 2, 12));
            assertThat(dateOf("تاريخ النشر: ٧ كانون الثاني ٢٠٢٦")).isEqualTo(LocalDate.of(2026, 1, 7));
            assertThat(dateOf("تاريخ النشر: 30 أيلول/سبتمبر 2024")).isEqualTo(LocalDate.of(2024, 9, 30));
            assertThat(dateOf("تاريخ النشر: ۱۵ آب ۲۰۲۳")).isEqualTo(LocalDate.of(2023, 8, 15));
        }

        @Test
        void isoAndDayFirstNumericDates() {
            assertThat(dateOf("تاريخ النشر: 2025-06-18")).isEqualTo(LocalDate.of(2025, 6, 18));
            assertThat(dateOf("تاريخ النشر: 09/01/2025")).isEqualTo(LocalDate.of(2025, 1, 9));
        }

        @Test
        void anUnreadableDateIsAWarningAndNoDate() {
            ParseResult result = parser.parse(doc("عنوان", "تاريخ النشر: قريباً", "نص الخبر."));
            assertThat(result.articles()).singleElement().extracting(ParsedArticle::publishedAt).isNull();
            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).singleElement().satisfies(w -> {
                assertThat(w.line()).isEqualTo(2);
                assertThat(w.reason()).contains("unreadable publication date");
            });
        }

        @Test
        void anImpossibleDateIsNotADate() {
            ParseResult result = parser.parse(doc("عنوان", "تاريخ النشر: 31st, February 2025 GMT", "نص الخبر."));
            assertThat(result.articles().get(0).publishedAt()).isNull();
            assertThat(result.warnings()).hasSize(1);
        }
    }

    @Nested
    class SourceLines {
        private ParsedArticle withSource(String sourceLine) {
            return only(doc("عنوان", "نص الخبر.", sourceLine));
        }

        @Test
        void genericAgenciesAreNotAnOutlet() {
            assertThat(withSource("المصدر: شفق نيوز+ وكالات").outlets()).containsExactly("شفق نيوز");
            assertThat(withSource("المصدر: متابعات").outlets()).isEmpty();
        }

        @Test
        void severalOutletsInOrderAndAGluedSecondLabel() {
            ParsedArticle article = withSource("المصدر | السومرية نيوز + واعالمصدر: السومرية نيوز");
            assertThat(article.outlets()).containsExactly("السومرية نيوز", "واع");
            assertThat(article.primaryOutlet()).contains("السومرية نيوز");
        }

        @Test
        void twoSourceLinesAddUpWithoutRepeats() {
            ParsedArticle article = only(doc("عنوان", "نص الخبر.", "المصدر: الجزيرة نت", "المصدر: «الجزيرة نت»، عنب بلدي"));
            assertThat(article.outlets()).containsExactly("الجزيرة نت", "عنب بلدي");
        }
    }

    @Nested
    class KeywordLines {
        private ParsedArticle withKeywords(String body, String keywordLine) {
            return only(doc("عنوان الخبر", body, keywordLine));
        }

        @Test
        void multiWordTagsAreRecoveredFromTheText() {
            ParsedArticle article = withKeywords(
                    "زار وفد من مجلس النواب قاعدة حرير، وبحث مع قوات البيشمركة مستقبل المستشارين في إقليم كردستان.",
                    "كلمات دلالية: أربيل قاعدة حرير قوات البيشمركة المستشارين");
            assertThat(article.keywords()).containsExactly("أربيل", "قاعدة حرير", "قوات البيشمركة", "المستشارين");
        }

        @Test
        void aPhraseMatchesAcrossSpellingVariantsAndQuotes() {
            ParsedArticle article = withKeywords(
                    "أكد البنتاجون أن الحرب على \"داعش\" مستمرة وأن القوات الأميركية باقية.",
                    "كلمات دلالية: الحرب على داعش القوات الامريكية");
            assertThat(article.keywords()).containsExactly("الحرب على داعش", "القوات الامريكية");
        }

        @Test
        void knownNamesAndNounAdjectivePhrasesStayTogetherEvenIfTheTextSaysLess() {
            ParsedArticle article = withKeywords(
                    "قال السوداني إن الحكومة ماضية في تنظيم العلاقة مع واشنطن.",
                    "كلمات دلالية: العراق محمد شياع السوداني الجيش الأمريكي واشنطن");
            assertThat(article.keywords()).containsExactly("العراق", "محمد شياع السوداني", "الجيش الأمريكي", "واشنطن");
        }

        @Test
        void noPhraseRunsAcrossPunctuationInTheText() {
            ParsedArticle article = withKeywords(
                    "قصفت الطائرات مواقع في سوريا، العراق لم يعلق.",
                    "كلمات دلالية: سوريا العراق");
            assertThat(article.keywords()).containsExactly("سوريا", "العراق");
        }

        @Test
        void moreLinkNoiseIsDroppedPersianLettersFoldedRepeatsRemoved() {
            ParsedArticle article = withKeywords(
                    "أصدرت القيادة المركزية بياناً عن عمليات التحالف الدولي.",
                    "كلمات دلالية: التحالف الدولي المزيد القیادة المرکزیة التحالف الدولى");
            assertThat(article.keywords()).containsExactly("التحالف الدولي", "القيادة المركزية");
        }

        @Test
        void explicitSeparatorsAreTrusted() {
            ParsedArticle article = withKeywords("نص قصير.", "كلمات دلالية: عين الأسد، الانسحاب الأمريكي، العراق");
            assertThat(article.keywords()).containsExactly("عين الأسد", "الانسحاب الأمريكي", "العراق");
        }
    }

    @Nested
    class ReadAlsoSections {
        static final String WITH_RELATED = doc(
                "التحالف ينهي مهمته في بغداد ويبقي قوة في أربيل",
                "تاريخ النشر: 28th, September 2024 GMT",
                "أعلنت الحكومة العراقية أن مهمة التحالف العسكرية ستنتهي بحلول أيلول/سبتمبر 2025.",
                "اقرأ أيضاً",
                "الفصائل تلوح بالتصعيد إذا تأخر الانسحاب",
                "وتبقى قوة في أربيل حتى أيلول 2026 لدعم العمليات في سوريا.",
                "المصدر: شفق نيوز",
                "كلمات دلالية: التحالف الدولي أربيل",
                "إقرأ أيضاً:",
                "كم جندياً أمريكياً في سوريا اليوم؟",
                "تقدر مصادر أمريكية عدد الجنود في سوريا بنحو 2000 جندي.",
                "المصدر: عنب بلدي+ وكالات",
                "إقرأ أيضاً:",
                "عنوان بلا نص");

        @Test
        void aSectionAfterTheFooterIsARelatedArticleOfItsOwn() {
            ParseResult result = parser.parse(WITH_RELATED);
            assertThat(result.errors()).isEmpty();
            assertThat(result.articles()).hasSize(2);
            ParsedArticle related = result.articles().get(1);
            assertThat(related.line()).isEqualTo(10);
            assertThat(related.title()).isEqualTo("كم جندياً أمريكياً في سوريا اليوم؟");
            assertThat(related.body()).isEqualTo("تقدر مصادر أمريكية عدد الجنود في سوريا بنحو 2000 جندي.");
            assertThat(related.relatedTo()).isZero();
            assertThat(related.isRelated()).isTrue();
            assertThat(related.publishedAt()).isNull();
            assertThat(related.outlets()).containsExactly("عنب بلدي");
            assertThat(related.keywords()).isEmpty();
        }

        @Test
        void anInlinePointerIsARelatedHeadlineNotBodyNorArticle() {
            ParsedArticle main = parser.parse(WITH_RELATED).articles().get(0);
            assertThat(main.body()).doesNotContain("الفصائل تلوح", "اقرأ أيضاً")
                    .isEqualTo("أعلنت الحكومة العراقية أن مهمة التحالف العسكرية ستنتهي بحلول أيلول/سبتمبر 2025.\n"
                            + "وتبقى قوة في أربيل حتى أيلول 2026 لدعم العمليات في سوريا.");
            assertThat(main.outlets()).containsExactly("شفق نيوز");
            assertThat(main.keywords()).containsExactly("التحالف الدولي", "أربيل");
            assertThat(main.relatedHeadlines()).containsExactly("الفصائل تلوح بالتصعيد إذا تأخر الانسحاب", "عنوان بلا نص");
        }

        @Test
        void aColonMarkerInsideARelatedArticleStartsTheNextOne() {
            ParseResult result = parser.parse(doc(
                    "عنوان رئيسي", "نص رئيسي.", "المصدر: الجزيرة نت",
                    "إقرأ أيضاً:", "عنوان أول", "نص أول.",
                    "إقرأ أيضاً:", "عنوان ثان", "نص ثان."));
            assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly("عنوان رئيسي", "عنوان أول", "عنوان ثان");
            assertThat(result.articles()).extracting(ParsedArticle::relatedTo).containsExactly(null, 0, 0);
            assertThat(result.articles().get(1).body()).isEqualTo("نص أول.");
        }

        @Test
        void aMarkerWithoutColonAfterTheFooterIsASectionToo() {
            ParseResult result = parser.parse(doc(
                    "عنوان رئيسي", "نص رئيسي.", "كلمات دلالية: العراق", "اقرأ أيضاً", "عنوان مرتبط", "نص مرتبط."));
            assertThat(result.articles()).extracting(ParsedArticle::title).containsExactly("عنوان رئيسي", "عنوان مرتبط");
            assertThat(result.articles().get(0).relatedHeadlines()).isEmpty();
        }

        @Test
        void aMarkerWithNothingAfterItIsAWarning() {
            ParseResult result = parser.parse(doc("عنوان", "نص.", "المصدر: واع", "إقرأ أيضاً:"));
            assertThat(result.articles()).hasSize(1);
            assertThat(result.errors()).isEmpty();
            assertThat(result.warnings()).singleElement().extracting(ImportProblem::line).isEqualTo(4);
        }
    }

    @Nested
    class Whitespace {
        @Test
        void crlfBomBlankLinesAndTrailingSpacesChangeNothing() {
            String messy = "\uFEFF\r\n" + WITH_RELATED_LF().replace("\n", "   \r\n\r\n") + "\t\r\n";
            ParseResult clean = parser.parse(WITH_RELATED_LF());
            ParseResult parsed = parser.parse(messy);
            assertThat(parsed.problems()).isEqualTo(clean.problems().stream()
                    .map(p -> new ImportProblem(p.line() * 2, p.severity(), p.reason())).toList());
            assertThat(parsed.articles()).hasSameSizeAs(clean.articles());
            for (int i = 0; i < clean.articles().size(); i++) {
                ParsedArticle a = parsed.articles().get(i);
                ParsedArticle b = clean.articles().get(i);
                assertThat(a.title()).isEqualTo(b.title());
                assertThat(a.body()).isEqualTo(b.body());
                assertThat(a.publishedAt()).isEqualTo(b.publishedAt());
                assertThat(a.outlets()).isEqualTo(b.outlets());
                assertThat(a.keywords()).isEqualTo(b.keywords());
                assertThat(a.relatedHeadlines()).isEqualTo(b.relatedHeadlines());
                // each original line n is now line 2n: the BOM line, then a blank after every line
                assertThat(a.line()).isEqualTo(b.line() * 2);
            }
        }

        private static String WITH_RELATED_LF() {
            return ReadAlsoSections.WITH_RELATED;
        }

        @Test
        void lonelyCarriageReturnsAndInvisibleMarksAreLineBreaksAndNothing() {
            ParsedArticle article = only("\u200Fعنوان\u200E الخبر\rنص\u00A0الخبر.\rالمصدر: واع");
            assertThat(article.title()).isEqualTo("عنوان الخبر");
            assertThat(article.body()).isEqualTo("نص الخبر.");
            assertThat(article.outlets()).containsExactly("واع");
        }
    }

    @Nested
    class BadDocuments {
        @Test
        void anEmptyDocumentIsAnErrorOnLineOne() {
            for (String empty : new String[] {null, "", "\uFEFF", "  \r\n\n\t \n"}) {
                ParseResult result = parser.parse(empty);
                assertThat(result.articles()).isEmpty();
                assertThat(result.errors()).singleElement().satisfies(e -> {
                    assertThat(e.line()).isEqualTo(1);
                    assertThat(e.reason()).isEqualTo("the document is empty");
                });
            }
        }

        @Test
        void anArticleWithoutBodyIsAnErrorOnItsTitleLine() {
            ParseResult result = parser.parse(doc("", "عنوان بلا متن", "تاريخ النشر: 2025-01-01", "المصدر: الجزيرة نت"));
            assertThat(result.articles()).isEmpty();
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(2);
                assertThat(e.reason()).contains("has no body");
            });
        }

        @Test
        void relatedArticlesSurviveAMainArticleWithoutBody() {
            ParseResult result = parser.parse(doc("عنوان بلا متن", "المصدر: واع", "إقرأ أيضاً:", "عنوان آخر", "نص آخر."));
            assertThat(result.errors()).hasSize(1);
            assertThat(result.articles()).singleElement().satisfies(a -> {
                assertThat(a.title()).isEqualTo("عنوان آخر");
                assertThat(a.relatedTo()).isNull();
            });
        }

        @Test
        void aDocumentStartingWithALabelLineHasNoTitle() {
            ParseResult result = parser.parse(doc("", "", "تاريخ النشر: 2025-01-01", "نص."));
            assertThat(result.articles()).isEmpty();
            assertThat(result.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(3);
                assertThat(e.reason()).contains("must start with the headline");
            });
        }

        @Test
        void aParagraphInPlaceOfTheTitleIsReported() {
            String longLine = "كلمة ".repeat(120);
            ParseResult result = parser.parse(doc(longLine, "نص."));
            assertThat(result.articles()).isEmpty();
            assertThat(result.errors()).singleElement().extracting(ImportProblem::reason).asString().contains("too long for a headline");
        }

        @Test
        void neverThrowsOnOddInput() {
            for (String odd : new String[] {"إقرأ أيضاً:", "المصدر:", "كلمات دلالية:", ":", "اقرأ أيضاً\nاقرأ أيضاً", "\u0000\u0001"}) {
                ParseResult result = parser.parse(odd);
                assertThat(result.articles().size() + result.errors().size()).isPositive();
            }
        }
    }
}
