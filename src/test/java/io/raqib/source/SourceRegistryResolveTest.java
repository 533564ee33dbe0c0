package io.raqib.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestServersResource;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The registry itself, against the test database: how written names become sources. */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class SourceRegistryResolveTest {

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    @Test
    void anOutletIsCreatedOnceAndFoundUnderOtherSpellings() {
        String tag = unique();
        long id = inTransaction(() -> SourceRegistry.outlet("«الموقع الاختباري " + tag + "»").id);
        assertThat(inTransaction(() -> SourceRegistry.outlet("موقع اختباري " + tag).id)).isEqualTo(id);
        assertThat(inTransaction(() -> SourceRegistry.find("الموقع الإختباري " + tag)).map(s -> s.id)).contains(id);
        assertThat(inTransaction(() -> SourceRegistry.byIdOrName(Long.toString(id))).map(s -> s.name))
                .contains("الموقع الاختباري " + tag);
    }

    @Test
    void filtersOnlyLookUp() {
        String tag = unique();
        assertThat(inTransaction(() -> SourceRegistry.byIdOrName("صحيفة لا وجود لها " + tag))).isEmpty();
        assertThat(inTransaction(() -> SourceRegistry.byIdOrName("987654321987"))).isEmpty();
        assertThat(inTransaction(() -> SourceRegistry.find("صحيفة لا وجود لها " + tag))).isEmpty();
    }

    @Test
    void aKnownSourceNamedInsideLongerWordsIsTheKnownOneWithAllItsForms() {
        long viaNetwork = inTransaction(() -> SourceRegistry.party(new AttributionChains.Party("شبكة سي بي اس", false),
                true).id);
        long viaLatin = inTransaction(() -> SourceRegistry.originator("CBS", null).id);
        assertThat(viaLatin).isEqualTo(viaNetwork);
        assertThat(inTransaction(() -> SourceRegistry.within("مراسل سي بي إس في واشنطن")).id).isEqualTo(viaNetwork);
    }

    @Test
    void anonymousAttributionsNameNobody() {
        assertThat(inTransaction(() -> SourceRegistry.originator("مسؤولون عسكريون", null))).isNull();
        assertThat(inTransaction(() -> SourceRegistry.party(new AttributionChains.Party("مصادر مطلعة", true), true)))
                .isNull();
    }

    @Test
    void aLooseAnnouncerPhraseIsLinkedButNeverFoundsASource() {
        String tag = unique();
        assertThat(inTransaction(() -> SourceRegistry.announcer("جهة رسمية مجهولة " + tag))).isNull();
        assertThat(inTransaction(() -> SourceRegistry.find("جهة رسمية مجهولة " + tag))).isEmpty();
        String outlet = "منبر " + tag;
        long id = inTransaction(() -> SourceRegistry.outlet(outlet).id);
        assertThat(inTransaction(() -> SourceRegistry.announcer("بيان صادر عن " + outlet + " اليوم")).id).isEqualTo(id);
    }

    @Test
    void anUnknownAttributionIsCreatedAsAnOriginator() {
        String name = "مركز دراسات " + unique();
        Source created = inTransaction(() -> SourceRegistry.originator(name, null));
        assertThat(created.type).isEqualTo(SourceType.ORIGINATOR);
        assertThat(inTransaction(() -> SourceRegistry.originator(name, null).id)).isEqualTo(created.id);
    }
}
