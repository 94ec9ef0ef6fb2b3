package org.yuqing.cli.cluster;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.JobID;

/**
 * The analysis job submitted to the local cluster and seen at work: the first document of a known set searchable.
 * Only then is the rest sent, so that it is indexed as it comes rather than in one burst once the tasks have loaded
 * their models.
 */
final class JobAtWork {

    private JobAtWork() {
    }

    static JobID start(FlinkSession flink, KnownDocuments known, IndexingWatch watch, int rate, Duration atMost)
            throws Exception {
        JobID job = flink.submit(ClusterLayout.jobJar(), List.of("--parallelism", "2"), null);
        System.out.println("  job " + job + " submitted");
        known.send(ClusterLayout.KAFKA, 0, 1, rate);
        if (!watch.awaitHeld(1, atMost)) {
            throw new IllegalStateException("job " + job + " indexed nothing within " + atMost.toMinutes()
                    + " minutes; see " + ClusterLayout.directory().resolve("flink/logs"));
        }
        return job;
    }
}
