package io.raqib.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The streaming line reader: numbering, line ends, the per-line limit, bytes that are not UTF-8. */
class NdjsonLinesTest {

    static List<NdjsonLines.Line> read(byte[] bytes, int limit) throws IOException {
        // a stream that hands out a few bytes at a time, as a network does
        InputStream trickle = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        List<NdjsonLines.Line> lines = new ArrayList<>();
        try (NdjsonLines reader = new NdjsonLines(trickle, limit)) {
            for (NdjsonLines.Line line = reader.next(); line != null; line = reader.next()) {
                lines.add(line);
            }
        }
        return lines;
    }

    static List<NdjsonLines.Line> read(String text, int limit) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), limit);
    }

    @Test
    void numbersLinesAsAnEditorDoesWithCrLfAndBlankLines() throws IOException {
        List<NdjsonLines.Line> lines = read("{\"a\": \"جندي\"}\r\n\n{\"b\": 2}\n   \n{\"c\": \"٣\"}", 1000);
        assertThat(lines).extracting(NdjsonLines.Line::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(lines.get(0).text()).isEqualTo("{\"a\": \"جندي\"}");
        assertThat(lines.get(1).isBlank()).isTrue();
        assertThat(lines.get(3).isBlank()).isTrue();
        assertThat(lines.get(4).text()).isEqualTo("{\"c\": \"٣\"}");
    }

    @Test
    void aFinalNewlineMakesNoExtraLineAndAnEmptyStreamNone() throws IOException {
        assertThat(read("{}\n{}\n", 100)).hasSize(2);
        assertThat(read("", 100)).isEmpty();
    }

    @Test
    void aLineOverTheLimitFailsAloneAndReadingGoesOn() throws IOException {
        String longLine = "{\"body\": \"" + "قوات ".repeat(40) + "\"}";
        List<NdjsonLines.Line> lines = read("{\"x\": 1}\n" + longLine + "\n{\"y\": 2}\n", 64);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).text()).isNull();
        assertThat(lines.get(1).problem()).contains("bytes").contains("limit is 64");
        assertThat(lines.get(2).text()).isEqualTo("{\"y\": 2}");
    }

    @Test
    void aLineExactlyAtTheLimitIsRead() throws IOException {
        String line = "x".repeat(64);
        assertThat(read(line + "\n", 64).get(0).text()).isEqualTo(line);
        assertThat(read(line + "\r\n", 64).get(0).text()).isEqualTo(line);
        assertThat(read(line + "y\n", 64).get(0).problem()).isNotNull();
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLine() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("{\"a\": 1}\n{\"b\": \"".getBytes(StandardCharsets.UTF_8));
        out.write(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        out.write("\"}\n{\"c\": \"عين الأسد\"}\n".getBytes(StandardCharsets.UTF_8));
        List<NdjsonLines.Line> lines = read(out.toByteArray(), 1000);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1).problem()).contains("UTF-8");
        assertThat(lines.get(2).text()).contains("عين الأسد");
    }

    @Test
    void arabicSplitAcrossReadsIsDecodedWhole() throws IOException {
        String arabic = "{\"title\": \"انسحاب ٢٠٠٠ جندي من قاعدة عين الأسد بحلول أيلول\"}";
        assertThat(read(arabic + "\n", 1000).get(0).text()).isEqualTo(arabic);
    }
}
