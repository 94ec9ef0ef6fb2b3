package org.yuqing.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.misreading.PolicyWatchOperator;
import org.yuqing.jobs.policy.PolicyRecord;

/**
 * The misreading alerts of one operator instance, fed the flagged comments and the policies in the order a test
 * chooses: in a running job the two inputs race.
 */
class MisreadingAlertOperatorTest {

    private static final AlertSettings.MisreadingThresholds THRESHOLDS = AlertSettings.MisreadingThresholds.DEFAULTS;
    private static final String POLICY = "demo-1001";
    private static final String SCOPE = "demo-1001#一";
    private static final long T0 = Instant.parse("2026-11-06T01:00:00Z").toEpochMilli();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    /** Nothing listens there: the function starts with no indexed policies, as a job on an empty cluster does. */
    private static final ElasticsearchConnection NO_POLICIES_INDEXED =
            ElasticsearchConnection.of(URI.create("http://127.0.0.1:1"), null);

    @Test
    void withThePolicyKnownTheAlertIsRaisedByTheCommentThatCrossesTheThreshold() throws Exception {
        try (var harness = harness()) {
            harness.processBroadcastElement(policy(POLICY), T0);
            List<FlaggedComment> comments = comments(THRESHOLDS.minCount());
            for (FlaggedComment comment : comments.subList(0, comments.size() - 1)) {
                harness.processElement(comment, comment.writtenAt());
            }
            assertThat(harness.extractOutputValues()).isEmpty();

            harness.processElement(comments.get(comments.size() - 1), comments.get(comments.size() - 1).writtenAt());

            assertThat(harness.extractOutputValues()).singleElement().satisfies(this::isTheScopeAlert);
        }
    }

    @Test
    void anAlertHeldBackUntilItsPolicyArrivedGoesOutWhenItDoes() throws Exception {
        try (var harness = harness()) {
            for (FlaggedComment comment : comments(THRESHOLDS.minCount())) {
                harness.processElement(comment, comment.writtenAt());
            }
            assertThat(harness.extractOutputValues()).as("held back: the policy is not known here yet").isEmpty();

            harness.processBroadcastElement(policy(POLICY), T0);

            assertThat(harness.extractOutputValues()).singleElement().satisfies(this::isTheScopeAlert);
        }
    }

    @Test
    void thePolicyArrivingAgainDoesNotRepeatAnAlertAlreadySent() throws Exception {
        try (var harness = harness()) {
            harness.processBroadcastElement(policy(POLICY), T0);
            for (FlaggedComment comment : comments(THRESHOLDS.minCount())) {
                harness.processElement(comment, comment.writtenAt());
            }

            harness.processBroadcastElement(policy(POLICY), T0 + 10 * HOUR); // a re-crawl, or its interpretation

            assertThat(harness.extractOutputValues()).hasSize(1);
        }
    }

    private void isTheScopeAlert(Alert alert) {
        assertThat(alert.policyId()).isEqualTo(POLICY);
        assertThat(alert.state()).isEqualTo(AlertState.ACTIVE);
        assertThat(alert.version()).isEqualTo(1);
        assertThat(alert.misreading().clauseId()).isEqualTo(SCOPE);
        assertThat(alert.misreading().clause()).contains("本市户籍");
        assertThat(alert.misreading().count()).isEqualTo(THRESHOLDS.minCount());
    }

    private static KeyedBroadcastOperatorTestHarness<String, FlaggedComment, PolicyRecord, Alert> harness()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new MisreadingAlertOperator(THRESHOLDS, NO_POLICIES_INDEXED), FlaggedComment::clauseKey, Types.STRING,
                PolicyWatchOperator.REGISTRY);
    }

    /** Scope misreadings of the demo pension notice, an hour apart. */
    private static List<FlaggedComment> comments(int count) {
        List<FlaggedComment> scope = FlaggedComments.of(POLICY, SCOPE, T0);
        assertThat(scope).hasSizeGreaterThanOrEqualTo(count);
        return IntStream.range(0, count).mapToObj(n -> {
            FlaggedComment c = scope.get(n);
            return new FlaggedComment(c.id(), c.policyId(), c.clauseId(), c.clause(), c.kind(), c.score(), c.text(),
                    T0 + n * HOUR, 0, 0, false, false, null, null);
        }).toList();
    }

    private static PolicyRecord policy(String id) throws Exception {
        var stream = MisreadingAlertOperatorTest.class.getResourceAsStream("/policy/policies.jsonl");
        try (var lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                PolicyRecord policy = Json.read(line, PolicyRecord.class);
                if (policy.id().equals(id)) {
                    return policy;
                }
            }
        }
        throw new IllegalArgumentException("no policy " + id + " in /policy/policies.jsonl");
    }
}
