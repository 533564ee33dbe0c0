package io.raqib.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A loopback TCP forwarder in front of the test Elasticsearch node that a test can cut and
 * restore, to exercise a real network outage: while cut it refuses connections and drops open
 * ones. It is switched through the JVM-wide system property {@value #DOWN_PROPERTY}, because
 * Quarkus tests and test resources may see this class through different class loaders.
 */
public final class TcpProxy implements AutoCloseable {
    public static final String DOWN_PROPERTY = "raqibtest.elasticsearch.cut";

    private final int port;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean closed;

    public TcpProxy(int port, String targetHost, int targetPort) {
        this.port = port;
        this.targetHost = targetHost;
        this.targetPort = targetPort;
    }

    /** Starts listening, and watches the system property to cut or restore the link. */
    public TcpProxy start() throws IOException {
        listen();
        Thread watcher = new Thread(this::watch, "es-proxy-watch");
        watcher.setDaemon(true);
        watcher.start();
        return this;
    }

    public int port() {
        return port;
    }

    public static void cut() {
        System.setProperty(DOWN_PROPERTY, "true");
        Api.sleep(300);
    }

    public static void restore() {
        System.clearProperty(DOWN_PROPERTY);
        Api.sleep(300);
    }

    private void listen() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        server = socket;
        Thread acceptor = new Thread(() -> accept(socket), "es-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void watch() {
        boolean down = false;
        while (!closed) {
            boolean wantDown = Boolean.getBoolean(DOWN_PROPERTY);
            try {
                if (wantDown && !down) {
                    server.close();
                    open.forEach(TcpProxy::quietClose);
                    open.clear();
                    down = true;
                } else if (!wantDown && down) {
                    listen();
                    down = false;
                }
                Thread.sleep(50);
            } catch (IOException e) {
                throw new IllegalStateException("proxy could not switch", e);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket upstream = new Socket(targetHost, targetPort);
                open.add(client);
                open.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed while cut, or the node refused: the client sees a dropped connection
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // connection dropped
            } finally {
                quietClose(from);
                quietClose(to);
                open.remove(from);
                open.remove(to);
            }
        }, "es-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void quietClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        server.close();
        open.forEach(TcpProxy::quietClose);
    }
}
