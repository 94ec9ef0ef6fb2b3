package org.yuqing.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository the launcher runs from: its deploy scripts and its runtime folder {@code .yuqing/}. */
public final class YuqingHome {

    private YuqingHome() {
    }

    public static Path root() {
        String home = System.getProperty("yuqing.home");
        return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
    }

    public static Path servicesScript() {
        Path script = root().resolve("deploy/local/services.sh");
        if (!Files.isExecutable(script)) {
            throw new IllegalStateException(script + " is missing or not executable; run ./yuqing from the repository root");
        }
        return script;
    }
}
