package io.raqib.testsupport;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;

/** Every @QuarkusTest sends the suite's admin key unless it says otherwise (see {@link TestKeys}). */
public class SuiteAuthentication implements QuarkusTestBeforeEachCallback {
    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        TestKeys.install();
    }
}
