package io.raqib.history;

import io.raqib.editing.VersionListener;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/**
 * Registers the Hibernate event listeners behind ETags, If-Match and the change history
 * (listed in META-INF/services/org.hibernate.integrator.spi.Integrator, which Quarkus reads at build).
 */
public class HistoryIntegrator implements org.hibernate.integrator.spi.Integrator {
    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        VersionListener versions = new VersionListener();
        ChangeRecorder history = new ChangeRecorder();
        listeners.appendListeners(EventType.POST_LOAD, versions);
        listeners.appendListeners(EventType.POST_INSERT, versions, history);
        listeners.appendListeners(EventType.POST_UPDATE, versions, history);
        listeners.appendListeners(EventType.POST_DELETE, history);
    }
}
