package org.yuqing.jobs.checkpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
        List<Path> complete = new ArrayList<>();
        for (Path job : children(directory)) {
            for (Path checkpoint : children(job)) {
                if (CHECKPOINT.matcher(checkpoint.getFileName().toString()).matches()
                        && Files.isRegularFile(checkpoint.resolve("_metadata"))) {
                    complete.add(checkpoint);
                }
            }
        }
        return complete.stream()
                .max(Comparator.comparing(RetainedCheckpoints::completedAt).thenComparing(RetainedCheckpoints::number));
    }

    /**
     * Only the job and {@code chk-<n>} levels are listed, never the {@code shared} and {@code taskowned} folders:
     * Flink deletes subsumed checkpoints and their files in the background, even after a cancel has returned, so
     * anything listed may be gone a moment later, and is then simply not a candidate.
     */
    private static List<Path> children(Path directory) {
        List<Path> children = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            return children;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            entries.forEach(children::add);
        } catch (NoSuchFileException gone) {
            return List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for checkpoints in " + directory, e);
        }
        return children;
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
