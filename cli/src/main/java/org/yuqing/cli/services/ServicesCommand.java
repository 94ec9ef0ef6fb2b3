package org.yuqing.cli.services;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.yuqing.cli.YuqingHome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Starts, stops and reports the local Kafka and Elasticsearch, through the same script the tests use. */
@Command(name = "services", mixinStandardHelpOptions = true,
        description = "Manage the local Kafka and Elasticsearch: up | down | status [kafka|elasticsearch].")
public final class ServicesCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "up, down or status")
    String action;

    @Parameters(index = "1", arity = "0..1", description = "kafka or elasticsearch (default: both)")
    String service;

    @Override
    public Integer call() throws Exception {
        return run(action, service);
    }

    /** Runs the services script with its output on this console; returns its exit code. */
    public static int run(String action, String service) throws Exception {
        List<String> command = new ArrayList<>(List.of(YuqingHome.servicesScript().toString(), action));
        if (service != null) {
            command.add(service);
        }
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
