package org.yuqing.jobs.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetainedCheckpointsTest {

    @TempDir
    Path checkpoints;

    @Test
    void theLatestIsTheLastCompletedAcrossJobs() throws Exception {
        Path older = complete("job-a/chk-7", Instant.parse("2026-11-26T10:00:00Z"));
        Path newer = complete("job-b/chk-2", Instant.parse("2026-11-26T11:00:00Z"));

        assertThat(RetainedCheckpoints.latest(checkpoints)).contains(newer);
        assertThat(older).exists();
    }

    @Test
    void aCheckpointStillBeingWrittenIsNotACandidate() throws Exception {
        Path done = complete("job-a/chk-3", Instant.parse("2026-11-26T10:00:00Z"));
        Files.createDirectories(checkpoints.resolve("job-a/chk-4"));

        assertThat(RetainedCheckpoints.latest(checkpoints)).contains(done);
    }

    @Test
    void sharedStateFilesAreNeitherCheckpointsNorInTheWay() throws Exception {
        Files.createDirectories(checkpoints.resolve("job-a/shared/_metadata"));
        Files.createDirectories(checkpoints.resolve("job-a/taskowned"));

        assertThat(RetainedCheckpoints.latest(checkpoints)).isEmpty();
    }

    @Test
    void aMissingDirectoryHasNoCheckpoints() {
        assertThat(RetainedCheckpoints.latest(checkpoints.resolve("never-written"))).isEmpty();
    }

    private Path complete(String relative, Instant at) throws Exception {
        Path checkpoint = Files.createDirectories(checkpoints.resolve(relative));
        Path metadata = Files.writeString(checkpoint.resolve("_metadata"), "metadata");
        Files.setLastModifiedTime(metadata, FileTime.from(at));
        return checkpoint;
    }
}
