package io.raqib.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * A random secret written at start into {@code raqib.auth.bootstrap-secret-file}, readable by its
 * owner only. Presented in {@code X-Raqib-Bootstrap} from the loopback interface it lets the
 * machine's operator manage keys at {@code /admin/keys} before any key exists (./raqib key …).
 * A new secret at every start; the file is removed at shutdown.
 */
@ApplicationScoped
public class BootstrapSecret {
    public static final String HEADER = "X-Raqib-Bootstrap";
    /** The principal name of requests made with the bootstrap secret. */
    public static final String OPERATOR = "local-operator";
    private static final Logger LOG = Logger.getLogger(BootstrapSecret.class);

    @Inject
    AuthConfig config;

    private volatile byte[] secret;

    void onStart(@Observes StartupEvent event) {
        Optional<Path> file = config.bootstrapSecretFile();
        if (file.isEmpty()) {
            return;
        }
        String token = KeyFormat.randomToken();
        write(file.get(), token);
        secret = token.getBytes(StandardCharsets.UTF_8);
        LOG.infof("key management secret for local use written to %s", file.get());
    }

    void onStop(@Observes ShutdownEvent event) {
        config.bootstrapSecretFile().ifPresent(file -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.debugf("could not remove %s: %s", file, e.getMessage());
            }
        });
    }

    public boolean matches(String presented) {
        byte[] known = secret;
        return known != null && presented != null
                && MessageDigest.isEqual(known, presented.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path file, String token) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".bootstrap", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the directory's own protection applies
            }
            Files.writeString(tmp, token + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the bootstrap secret to " + file, e);
        }
    }
}
