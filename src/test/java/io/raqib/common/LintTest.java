package io.raqib.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract and the shell scripts lint clean: Spectral ({@code .spectral.yaml}, the {@code spectral:oas}
 * rules) on {@code openapi/openapi.yaml}, shellcheck on {@code raqib}, {@code .ci/run} and
 * {@code scripts/*.sh}. Any finding fails, and is printed. The commands live in {@code scripts/lint.sh}
 * ({@code ./raqib lint} runs the same), which also installs the tools when they are missing.
 */
class LintTest {
    private static final Path REPO = Path.of(System.getProperty("raqibtest.basedir", ".")).toAbsolutePath();

    @BeforeAll
    static void installTheLinters() {
        Result install = lint("install", 15);
        assertThat(install.exit()).withFailMessage("scripts/lint.sh install failed:%n%s", install.output()).isZero();
    }

    @Test
    void contractHasNoSpectralFinding() {
        Result spectral = lint("spectral", 5);
        assertThat(spectral.exit())
                .withFailMessage("Spectral findings in openapi/openapi.yaml (fix the annotations or "
                        + "src/main/resources/META-INF/openapi.yaml, then ./raqib openapi):%n%s", spectral.output())
                .isZero();
    }

    @Test
    void scriptsHaveNoShellcheckFinding() {
        Result shellcheck = lint("shellcheck", 5);
        assertThat(shellcheck.exit())
                .withFailMessage("shellcheck findings:%n%s", shellcheck.output())
                .isZero();
    }

    private record Result(int exit, String output) {
    }

    private static Result lint(String command, int minutes) {
        ProcessBuilder pb = new ProcessBuilder("bash", REPO.resolve("scripts/lint.sh").toString(), command)
                .directory(REPO.toFile()).redirectErrorStream(true);
        try {
            Process p = pb.start();
            // read while it runs, so a chatty install cannot fill the pipe and block
            StringBuilder out = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    out.append(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    out.append("(output unreadable: ").append(e).append(')');
                }
            }, "lint-output");
            reader.start();
            if (!p.waitFor(minutes, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                reader.join(5_000);
                return new Result(-1, "scripts/lint.sh " + command + " timed out after " + minutes + " min\n" + out);
            }
            reader.join();
            return new Result(p.exitValue(), out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run scripts/lint.sh " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: scripts/lint.sh " + command, e);
        }
    }
}
