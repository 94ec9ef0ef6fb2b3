package org.yuqing.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Where an integration test's job writes its checkpoints: a new folder under target, not a JUnit temp folder. A
 * cancelled job's checkpoint threads may still write or discard files after the test returns, and JUnit's removal
 * of its temp folder then failed a test that had passed.
 */
public final class CheckpointFolders {

    private CheckpointFolders() {
    }

    public static Path fresh() {
        Path folder = Path.of("target", "checkpoints", UUID.randomUUID().toString()).toAbsolutePath();
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
