package io.raqib.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServersResource;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A client that announces a body and stops sending it is answered 408 after raqib.api.body-timeout (20 s in tests). */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class SlowBodyTest {

    @Test
    void aHalfSentBodyTimesOutWith408() throws Exception {
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(90_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /articles HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-API-Key: " + TestKeys.suiteKey() + "\r\n"
                    + "Content-Length: 500\r\n\r\n{\"title\": \"نصف").getBytes(StandardCharsets.UTF_8));
            out.flush();
            Instant sent = Instant.now();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            for (int n; (n = in.read(buffer)) > 0; ) {
                answer.write(buffer, 0, n);
                if (answer.toString(StandardCharsets.UTF_8).contains("}")) {
                    break;
                }
            }
            String response = answer.toString(StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 408");
            assertThat(response).contains("application/problem+json").contains("\"status\":408");
            assertThat(Duration.between(sent, Instant.now())).isLessThan(Duration.ofSeconds(60));
        }
    }
}
