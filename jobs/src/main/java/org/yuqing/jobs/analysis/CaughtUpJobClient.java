package org.yuqing.jobs.analysis;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.yuqing.jobs.kafka.TopicEnd;

/**
 * A run that stops once it has caught up, as whoever started it sees it: its result comes once the consumer group has
 * been left at the end the run read to, so that a caller who runs the job again right after starts from there.
 */
final class CaughtUpJobClient implements JobClient {

    private final JobClient job;
    private final TopicEnd end;
    /** A run stopped with a savepoint finishes too, but short of the end: committing it would skip the rest. */
    private volatile boolean stoppedShort;

    CaughtUpJobClient(JobClient job, TopicEnd end) {
        this.job = job;
        this.end = end;
    }

    @Override
    public CompletableFuture<JobExecutionResult> getJobExecutionResult() {
        return job.getJobExecutionResult().thenApply(result -> {
            if (stoppedShort) {
                return result;
            }
            try {
                end.commit();
            } catch (Exception e) {
                throw new CompletionException("the run finished, but its consumer group could not be committed", e);
            }
            return result;
        });
    }

    @Override
    public JobID getJobID() {
        return job.getJobID();
    }

    @Override
    public CompletableFuture<JobStatus> getJobStatus() {
        return job.getJobStatus();
    }

    @Override
    public CompletableFuture<Void> cancel() {
        return job.cancel();
    }

    @Override
    public CompletableFuture<String> stopWithSavepoint(boolean advanceToEndOfEventTime, String savepointDirectory,
                                                      SavepointFormatType formatType) {
        stoppedShort = true;
        return job.stopWithSavepoint(advanceToEndOfEventTime, savepointDirectory, formatType);
    }

    @Override
    public CompletableFuture<String> triggerSavepoint(String savepointDirectory, SavepointFormatType formatType) {
        return job.triggerSavepoint(savepointDirectory, formatType);
    }

    @Override
    public CompletableFuture<Map<String, Object>> getAccumulators() {
        return job.getAccumulators();
    }

    @Override
    public void reportHeartbeat(long expiredTimestamp) {
        job.reportHeartbeat(expiredTimestamp);
    }
}
