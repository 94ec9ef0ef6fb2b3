package org.yuqing.cli.cluster;

import java.io.IOException;
import java.util.List;

/** The local cluster's nodes, killed and started through deploy/local/cluster.sh (by pid file, never by name). */
final class ClusterNodes {

    void kill(String node) throws Exception {
        run("kill", node);
    }

    void start(String node) throws Exception {
        run("up", node);
    }

    private static void run(String action, String node) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(ClusterLayout.script().toString(), action, node))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("deploy/local/cluster.sh " + action + " " + node + " exited with " + exit);
        }
    }
}
