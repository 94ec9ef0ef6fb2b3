package org.yuqing.jobs.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the checkpoints that Flink kept in a local checkpoint directory ({@code <job id>/chk-<n>/_metadata}), so
 * that a job that was killed can be started again from where it was.
 */
public final class RetainedCheckpoints {

    private static final Pattern CHECKPOINT = Pattern.compile("chk-(\\d+)");

    private RetainedCheckpoints() {
    }

    /** The most recent complete checkpoint below the directory, by time of completion. */
    public static Optional<Path> latest(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(directory, 3)) {
            return files
                    .filter(path -> path.getFileName().toString().equals("_metadata"))
                    .map(Path::getParent)
                    .filter(path -> CHECKPOINT.matcher(path.getFileName().toString()).matches())
                    .max(Comparator.comparing(RetainedCheckpoints::completedAt).thenComparing(RetainedCheckpoints::number));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for checkpoints in " + directory, e);
        }
    }

    private static long completedAt(Path checkpoint) {
        try {
            return Files.getLastModifiedTime(checkpoint.resolve("_metadata")).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    private static long number(Path checkpoint) {
        Matcher m = CHECKPOINT.matcher(checkpoint.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }
}
