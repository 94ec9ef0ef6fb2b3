package org.yuqing.cli.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** The local cluster: up, down and status through deploy/local/cluster.sh, and its fault tests. */
@Command(name = "cluster", mixinStandardHelpOptions = true, subcommands = {FaultsCommand.class, CostCommand.class},
        description = "The local cluster (3 Kafka brokers, 2 Elasticsearch nodes, a Flink JobManager and 2 "
                + "TaskManagers): up | down | status | up NODE | kill NODE, and `faults`.")
public final class ClusterCommand implements Callable<Integer> {

    @Parameters(arity = "0..2", description = "up, down, status, or up|kill NODE")
    List<String> arguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        // Optional only so that picocli lets `cluster faults` through; the script prints its usage without any.
        List<String> command = new ArrayList<>(List.of(ClusterLayout.script().toString()));
        command.addAll(arguments);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
