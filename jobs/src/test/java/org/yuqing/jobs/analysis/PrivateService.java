package org.yuqing.jobs.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A Kafka broker or an Elasticsearch node of a test's own, beside the shared one, on two free loopback ports: run by
 * the deploy/local script from its own directory and stopped by the pid file there, so that a fault test can stop and
 * restart it without disturbing the other tests or a developer's services.
 */
final class PrivateService {

    private static final Path SCRIPTS = Path.of("..", "deploy", "local").toAbsolutePath().normalize();

    private final String script;
    private final Path pidFile;
    private final int port;
    private final Map<String, String> environment;

    private PrivateService(String script, Path pidFile, int port, Map<String, String> environment) {
        this.script = script;
        this.pidFile = pidFile;
        this.port = port;
        this.environment = environment;
    }

    /** A broker without topics (a fixture creates its own). */
    static PrivateService kafka(Path directory) throws Exception {
        int[] ports = freePorts();
        return new PrivateService("kafka.sh", directory.resolve("kafka.pid"), ports[0], Map.of(
                "YUQING_KAFKA_PORT", String.valueOf(ports[0]),
                "YUQING_KAFKA_CONTROLLER_PORT", String.valueOf(ports[1]),
                "YUQING_KAFKA_DIR", directory.toString(),
                "YUQING_KAFKA_TOPICS", "",
                "YUQING_KAFKA_TIMEOUT", "120",
                "KAFKA_HEAP", "256m"));
    }

    /** As root the node runs as an unprivileged user, who must be able to reach {@code directory}. */
    static PrivateService elasticsearch(Path directory) throws Exception {
        int[] ports = freePorts();
        return new PrivateService("elasticsearch.sh", directory.resolve("es.pid"), ports[0], Map.of(
                "YUQING_ES_PORT", String.valueOf(ports[0]),
                "YUQING_ES_TRANSPORT_PORT", String.valueOf(ports[1]),
                "YUQING_ES_DIR", directory.toString(),
                "YUQING_ES_TIMEOUT", "120",
                "ES_HEAP", "256m"));
    }

    /** {@code 127.0.0.1:port}, where clients reach it. */
    String address() {
        return "127.0.0.1:" + port;
    }

    long pid() throws Exception {
        return Long.parseLong(Files.readString(pidFile).trim());
    }

    /** Starts it and waits until it is healthy; a running one is left as it is. */
    void up() throws Exception {
        run("up");
    }

    /** Stops it by its pid file (SIGTERM, SIGKILL after 30 s); its data stays for the next {@link #up()}. */
    void down() throws Exception {
        run("down");
    }

    private void run(String action) throws Exception {
        ProcessBuilder command = new ProcessBuilder(SCRIPTS.resolve(script).toString(), action).inheritIO();
        command.environment().putAll(environment);
        int exit = command.start().waitFor();
        assertThat(exit).as("%s %s (private, on %s)", script, action, address()).isZero();
    }

    /** Two different ports: both sockets are open while the second is chosen. */
    private static int[] freePorts() throws Exception {
        try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
            return new int[] {first.getLocalPort(), second.getLocalPort()};
        }
    }
}
