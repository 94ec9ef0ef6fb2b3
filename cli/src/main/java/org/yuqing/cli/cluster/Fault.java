package org.yuqing.cli.cluster;

import java.nio.file.Path;
import org.apache.flink.api.common.JobID;

/** One thing that goes wrong on the cluster while the job indexes, by name. */
record Fault(String name, Injection injection) {

    /** Does it to the cluster; returns the job that runs on afterwards (the same one, or its successor). */
    @FunctionalInterface
    interface Injection {
        JobID inject(Cluster cluster, JobID job) throws Exception;
    }

    /** The cluster a fault acts on: its nodes, its Flink session, the job jar. */
    record Cluster(ClusterNodes nodes, FlinkSession flink, Path jar) {
    }
}
