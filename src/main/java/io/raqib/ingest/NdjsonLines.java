package io.raqib.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads NDJSON from a stream one line at a time, holding at most one line and never more than the
 * per-line limit of it, so a body of any length goes through in bounded memory. A line over the
 * limit, or not UTF-8, comes back as a problem on its own line number; reading goes on after it.
 * Lines end with LF (a CR before it is dropped); numbers are 1-based, as an editor shows them.
 */
final class NdjsonLines implements Closeable {

    /** One line: its text, or why it cannot be read (then text is null). */
    record Line(int number, String text, String problem) {
        boolean isBlank() {
            return text != null && text.isBlank();
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int end;
    private boolean eof;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private long lineBytes;
    private boolean pending;
    private int number;

    NdjsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        while (true) {
            if (pos == end) {
                if (eof) {
                    return pending ? finish() : null;
                }
                int read = in.read(chunk);
                if (read < 0) {
                    eof = true;
                    continue;
                }
                pos = 0;
                end = read;
            }
            int newline = indexOf(chunk, (byte) '\n', pos, end);
            int stop = newline < 0 ? end : newline;
            append(pos, stop);
            pending = true;
            pos = newline < 0 ? end : newline + 1;
            if (newline >= 0) {
                return finish();
            }
        }
    }

    private void append(int from, int to) {
        int n = to - from;
        lineBytes += n;
        if (lineBytes > maxBytes + 1L) {
            return; // too long (even if a CR ends it): only counted from now on
        }
        if (length + n > line.length) {
            line = Arrays.copyOf(line, Math.min(maxBytes + 2, Math.max(line.length * 2, length + n)));
        }
        System.arraycopy(chunk, from, line, length, n);
        length += n;
    }

    private Line finish() {
        number++;
        long bytes = lineBytes;
        int n = length;
        if (n > 0 && n == lineBytes && line[n - 1] == '\r') {
            n--;
            bytes--;
        }
        length = 0;
        lineBytes = 0;
        pending = false;
        if (bytes > maxBytes) {
            return new Line(number, null, "the line has " + bytes + " bytes; the limit is " + maxBytes + " bytes a line");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line, 0, n)).toString();
            if (line.length > 1024 * 1024) {
                line = new byte[8 * 1024]; // give a very long line's buffer back
            }
            return new Line(number, text, null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "the line is not UTF-8 text");
        }
    }

    private static int indexOf(byte[] bytes, byte b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    /** Lines read so far. */
    int linesRead() {
        return number;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
