package io.raqib.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback forwarder in front of the node that keeps the first bytes a client sends through it,
 * so a benchmark can show the exact HTTP requests (request line, headers, body) the service sends
 * to the node and compare them with the ones it sends directly.
 */
public final class RecordingProxy implements AutoCloseable {
    private static final int KEPT = 256 * 1024;

    private final ServerSocket server;
    private final String host;
    private final int port;
    private final ByteArrayOutputStream sent = new ByteArrayOutputStream();
    private volatile boolean recording;

    private RecordingProxy(ServerSocket server, String host, int port) {
        this.server = server;
        this.host = host;
        this.port = port;
    }

    /** Listens on a free loopback port and forwards every connection to {@code host:port}. */
    public static RecordingProxy to(String hostAndPort) throws IOException {
        String[] parts = hostAndPort.strip().replaceFirst("^https?://", "").split(":");
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        RecordingProxy proxy = new RecordingProxy(socket, parts[0], Integer.parseInt(parts[1]));
        Thread acceptor = new Thread(proxy::accept, "recording-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
        return proxy;
    }

    public String hostAndPort() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    /** Starts keeping what clients send (dropping what was kept before). */
    public void record() {
        synchronized (sent) {
            sent.reset();
        }
        recording = true;
    }

    /** The requests kept since {@link #record()}, each as its head (request line and headers) and body. */
    public List<Exchange> requests() {
        recording = false;
        byte[] bytes;
        synchronized (sent) {
            bytes = sent.toByteArray();
        }
        List<Exchange> out = new ArrayList<>();
        int at = 0;
        while (at < bytes.length) {
            int end = indexOf(bytes, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), at);
            if (end < 0) {
                break;
            }
            String head = new String(bytes, at, end - at, StandardCharsets.ISO_8859_1);
            int length = 0;
            for (String line : head.split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).strip());
                }
            }
            int bodyStart = end + 4;
            int bodyEnd = Math.min(bytes.length, bodyStart + length);
            out.add(new Exchange(head, new String(bytes, bodyStart, bodyEnd - bodyStart, StandardCharsets.UTF_8)));
            at = bodyEnd;
        }
        return out;
    }

    /** One request as sent: its head and its body. */
    public record Exchange(String head, String body) {
        /** The header lines (no request line), lower-cased names. */
        public List<String> headers() {
            String[] lines = head.split("\r\n");
            List<String> out = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                out.add(lines[i].substring(0, colon).toLowerCase(java.util.Locale.ROOT) + ":" + lines[i].substring(colon + 1));
            }
            return out;
        }

        public String requestLine() {
            return head.split("\r\n")[0];
        }
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        outer:
        for (int i = from; i <= in.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (in[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(host, port);
                client.setTcpNoDelay(true);
                upstream.setTcpNoDelay(true);
                pump(client.getInputStream(), upstream.getOutputStream(), true, client, upstream);
                pump(upstream.getInputStream(), client.getOutputStream(), false, client, upstream);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void pump(InputStream in, OutputStream out, boolean keep, Socket a, Socket b) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    if (keep && recording) {
                        synchronized (sent) {
                            if (sent.size() < KEPT) {
                                sent.write(buffer, 0, n);
                            }
                        }
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed
            } finally {
                quietClose(a);
                quietClose(b);
            }
        }, "recording-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void quietClose(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
