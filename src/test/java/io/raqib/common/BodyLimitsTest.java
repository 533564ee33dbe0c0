package io.raqib.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.raqib.testsupport.TestKeys;
import io.raqib.testsupport.TestServersResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The body limit (raqib.api.max-body-bytes, 1 MiB in tests) holds for bodies with and without a
 * Content-Length, while requests without a body (every read, every search) pass the limits
 * untouched. Spoken over a raw socket, so the framing is exactly what each case names.
 */
@QuarkusTest
@WithTestResource(value = TestServersResource.class, scope = TestResourceScope.GLOBAL)
class BodyLimitsTest {
    static final int LIMIT = 1_048_576;

    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        String answer = exchange("POST", "/articles", chunked(json(LIMIT + 64 * 1024)), "Transfer-Encoding: chunked\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413");
    }

    @Test
    void aChunkedBodyUnderTheLimitIsRead() throws Exception {
        // read whole and validated: an article without a title is refused by name, not for its size
        String answer = exchange("POST", "/articles", chunked("{\"body\": \"نص قصير\"}".getBytes(StandardCharsets.UTF_8)),
                "Transfer-Encoding: chunked\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("title");
    }

    @Test
    void aBodyWithALengthOverTheLimitIs413ProblemBeforeItIsSent() throws Exception {
        String answer = exchange("POST", "/articles", new byte[0],
                "Content-Type: application/json\r\nContent-Length: " + (LIMIT + 1) + "\r\n");
        assertThat(answer).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("\"status\":413").contains("the limit is " + LIMIT);
    }

    @Test
    void readsWithoutABodyOrWithAnEmptyOnePass() throws Exception {
        assertThat(exchange("GET", "/claims?size=1", new byte[0], "")).startsWith("HTTP/1.1 200");
        assertThat(exchange("GET", "/claims?size=1", new byte[0], "Content-Length: 0\r\n")).startsWith("HTTP/1.1 200");
        assertThat(exchange("GET", "/articles/search?q=%D9%82%D9%88%D8%A7%D8%AA", new byte[0], "Content-Length: 0\r\n"))
                .startsWith("HTTP/1.1 200");
    }

    private static byte[] json(int size) {
        StringBuilder body = new StringBuilder("{\"title\": \"عنوان\", \"body\": \"");
        while (body.length() < size) {
            body.append("نص طويل ");
        }
        return body.append("\"}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] chunked(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int at = 0; at < body.length; at += 8192) {
            int n = Math.min(8192, body.length - at);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, at, n);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** The answer's head and as many body bytes as its Content-Length says (the server may keep the connection). */
    private static boolean complete(byte[] answer) {
        String text = new String(answer, StandardCharsets.ISO_8859_1);
        int head = text.indexOf("\r\n\r\n");
        if (head < 0) {
            return false;
        }
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                .matcher(text.substring(0, head));
        return length.find() && answer.length >= head + 4 + Integer.parseInt(length.group(1));
    }

    /** Sends one request on a fresh connection and reads the answer's head and body (up to the first JSON object's end). */
    private static String exchange(String method, String target, byte[] body, String headers) throws IOException {
        try (Socket socket = new Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + (headers.contains("Content-Type") || body.length == 0 ? "" : "Content-Type: application/json\r\n")
                    + "X-API-Key: " + TestKeys.suiteKey() + "\r\n" + headers + "\r\n").getBytes(StandardCharsets.UTF_8));
            try {
                out.write(body);
                out.flush();
            } catch (SocketException e) {
                // the server may answer and close before the whole body is sent
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; !complete(answer.toByteArray()) && (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketException e) {
                // reset after the answer: what was read is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
