package io.raqib.editing;

import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostLoadEvent;
import org.hibernate.event.spi.PostLoadEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Tells the request which version of each tracked record it read and wrote (for the ETag), and
 * refuses a conditional write as soon as the record it targets is loaded at another version.
 */
public class VersionListener implements PostLoadEventListener, PostInsertEventListener, PostUpdateEventListener {

    @Override
    public void onPostLoad(PostLoadEvent event) {
        ref(event.getPersister(), event.getId()).ifPresent(ref -> EntityVersions.current()
                .ifPresent(v -> v.loaded(ref, versionOf(event.getPersister(), event.getPersister().getVersion(event.getEntity())))));
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        wrote(event.getPersister(), event.getId(), event.getState());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        wrote(event.getPersister(), event.getId(), event.getState());
    }

    private static void wrote(EntityPersister persister, Object id, Object[] state) {
        if (!persister.isVersioned()) {
            return;
        }
        ref(persister, id).ifPresent(ref -> EntityVersions.current()
                .ifPresent(v -> v.wrote(ref, versionOf(persister, state[persister.getVersionPropertyIndex()]))));
    }

    private static java.util.Optional<TrackedEntities.Ref> ref(EntityPersister persister, Object id) {
        if (!(id instanceof Long value) || !persister.isVersioned()) {
            return java.util.Optional.empty();
        }
        return TrackedEntities.nameOf(persister.getMappedClass()).map(name -> new TrackedEntities.Ref(name, value));
    }

    private static long versionOf(EntityPersister persister, Object version) {
        return version instanceof Number n ? n.longValue() : 0L;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
