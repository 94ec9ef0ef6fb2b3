package org.yuqing.cli.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.client.deployment.StandaloneClusterId;
import org.apache.flink.client.program.PackagedProgram;
import org.apache.flink.client.program.PackagedProgramUtils;
import org.apache.flink.client.program.rest.RestClusterClient;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.jobgraph.JobGraph;
import org.apache.flink.runtime.jobgraph.SavepointRestoreSettings;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.analysis.AnalysisJob;

/**
 * A Flink session cluster as its REST API shows it, and the shaded job jar submitted to it as {@code flink run -d}
 * does: the job's main method runs here and builds the graph (creating topics and index templates on the way), then
 * the graph and the jar go to the JobManager, whose TaskManagers load the job's classes from that jar. Maven Central
 * has no flink-runtime-web here, so there is no {@code /jars} upload; this is the path {@code flink run} takes anyway.
 */
public final class FlinkSession implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI rest;
    private final Configuration flink;
    private final RestClusterClient<StandaloneClusterId> client;

    public FlinkSession(URI jobManager) throws Exception {
        rest = URI.create("http://" + jobManager.getHost() + ":" + jobManager.getPort() + "/");
        flink = new Configuration();
        flink.set(RestOptions.ADDRESS, jobManager.getHost());
        flink.set(RestOptions.PORT, jobManager.getPort());
        // This process already carries the job's classes and libraries, at the jar's versions: loading them again
        // from the jar, child first, gives two Kafka client classes that the connector cannot mix. The
        // TaskManagers have only Flink on their class path and load everything else from the jar.
        flink.set(CoreOptions.CLASSLOADER_RESOLVE_ORDER, "parent-first");
        client = new RestClusterClient<>(flink, StandaloneClusterId.getInstance());
    }

    /**
     * Submits the analysis job in {@code jar} with these arguments ({@link AnalysisJob#main}), from a checkpoint or
     * savepoint when {@code restoreFrom} is not null; returns once the JobManager has accepted it.
     */
    public JobID submit(Path jar, List<String> arguments, String restoreFrom) throws Exception {
        SavepointRestoreSettings restore = restoreFrom == null ? SavepointRestoreSettings.none()
                : SavepointRestoreSettings.forPath(restoreFrom, false);
        PackagedProgram program = PackagedProgram.newBuilder()
                .setJarFile(jar.toFile())
                .setEntryPointClassName(AnalysisJob.class.getName())
                .setArguments(arguments.toArray(String[]::new))
                .setConfiguration(flink)
                .setSavepointRestoreSettings(restore)
                .build();
        try {
            JobGraph graph = PackagedProgramUtils.createJobGraph(program, flink, 1, false);
            return client.submitJob(graph).get();
        } finally {
            program.close();
        }
    }

    /** The resource id of the TaskManager that runs the first subtask of the job's first vertex (its source). */
    public String taskManagerOf(JobID job) throws Exception {
        JsonNode details = get("jobs/" + job);
        String vertex = details.path("vertices").path(0).path("id").asText();
        JsonNode managers = get("jobs/" + job + "/vertices/" + vertex + "/taskmanagers").path("taskmanagers");
        if (managers.isEmpty()) {
            throw new IllegalStateException("job " + job + " runs its source on no TaskManager");
        }
        return managers.path(0).path("taskmanager-id").asText();
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(rest.resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + rest.resolve(path) + ": " + response.statusCode());
        }
        return Json.mapper().readTree(response.body());
    }

    public JobStatus status(JobID job) throws Exception {
        return client.getJobStatus(job).get();
    }

    /** Stops the job with a savepoint in the cluster's savepoint directory; returns the savepoint's path. */
    public String stopWithSavepoint(JobID job) throws Exception {
        return client.stopWithSavepoint(job, false, null, SavepointFormatType.CANONICAL).get();
    }

    public void cancel(JobID job) throws Exception {
        client.cancel(job).get();
    }

    @Override
    public void close() {
        client.close();
    }
}
