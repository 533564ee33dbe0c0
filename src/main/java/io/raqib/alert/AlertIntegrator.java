package io.raqib.alert;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Registers {@link AlertRecorder} (listed in META-INF/services/org.hibernate.integrator.spi.Integrator). */
public class AlertIntegrator implements org.hibernate.integrator.spi.Integrator {
    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry listeners = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        AlertRecorder recorder = new AlertRecorder();
        listeners.appendListeners(EventType.POST_INSERT, recorder);
        listeners.appendListeners(EventType.POST_UPDATE, recorder);
    }
}
