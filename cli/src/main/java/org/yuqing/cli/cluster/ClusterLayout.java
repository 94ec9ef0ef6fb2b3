package org.yuqing.cli.cluster;

import java.nio.file.Path;
import org.yuqing.cli.YuqingHome;

/** Where deploy/local/cluster.sh keeps things, and where its nodes listen. */
public final class ClusterLayout {

    public static final String KAFKA = "127.0.0.1:19092,127.0.0.1:19094,127.0.0.1:19096";
    public static final String ELASTICSEARCH = "http://127.0.0.1:19200";
    public static final String JOB_MANAGER = "127.0.0.1:18081";

    private ClusterLayout() {
    }

    public static Path directory() {
        return YuqingHome.root().resolve(".yuqing/cluster");
    }

    public static Path checkpoints() {
        return directory().resolve("flink/checkpoints");
    }

    public static Path script() {
        return YuqingHome.root().resolve("deploy/local/cluster.sh");
    }

    public static Path jobJar() {
        return YuqingHome.root().resolve("jobs/target/yuqing-jobs-job.jar");
    }
}
