package io.raqib.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the {@link TestServers} when the JUnit session closes (the end of a Surefire or Failsafe
 * test JVM's run), so the servers never outlive the tests. It starts nothing: servers start lazily,
 * on the first {@link TestServers#get()}, typically from {@link TestServersResource}, so a run with
 * only plain unit tests starts no server. Registered in
 * {@code META-INF/services/org.junit.platform.launcher.LauncherSessionListener}.
 */
public class TestServersSessionListener implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        TestServers.stop("JUnit session closed");
    }
}
