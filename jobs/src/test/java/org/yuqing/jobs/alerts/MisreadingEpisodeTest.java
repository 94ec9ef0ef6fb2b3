package org.yuqing.jobs.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yuqing.core.alert.Alert;
import org.yuqing.core.alert.AlertSeverity;
import org.yuqing.core.alert.AlertState;
import org.yuqing.core.alert.AlertType;
import org.yuqing.core.document.MisreadingFinding;
import org.yuqing.core.json.Json;
import org.yuqing.jobs.misreading.PolicyIndex;
import org.yuqing.jobs.misreading.PolicyWatch;
import org.yuqing.jobs.policy.TestPolicies;

/**
 * When a misreading alert is raised, updated and ended, on comments of the evaluation set that misread the scope
 * clause of the demo pension notice (一、调整范围), as the policy watch flags them.
 */
class MisreadingEpisodeTest {

    private static final AlertSettings.MisreadingThresholds THRESHOLDS = AlertSettings.MisreadingThresholds.DEFAULTS;
    private static final Duration WINDOW = THRESHOLDS.window();
    private static final String POLICY = "demo-1001";
    private static final String SCOPE = "demo-1001#一";
    private static final long T0 = Instant.parse("2026-11-06T01:00:00Z").toEpochMilli();
    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final List<FlaggedComment> SCOPE_MISREADINGS = FlaggedComments.of(POLICY, SCOPE, T0);

    @Test
    void theEvaluationSetGivesEnoughMisreadingsOfTheScopeClause() {
        assertThat(SCOPE_MISREADINGS).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy(c -> assertThat(c.clauseId()).isEqualTo(SCOPE));
    }

    @Test
    void crossingTheMinimumCountInTheWindowRaisesTheAlert() {
        MisreadingEpisode episode = null;
        for (int i = 0; i < THRESHOLDS.minCount() - 1; i++) {
            episode = add(episode, comment(i, T0 + i * HOUR));
            assertThat(episode.due(THRESHOLDS)).as("after %d comments", i + 1).isEmpty();
        }
        episode = add(episode, comment(9, T0 + 5 * HOUR));

        Optional<MisreadingEpisode> due = episode.due(THRESHOLDS);

        assertThat(due).isPresent();
        assertThat(due.get().sent().version()).isEqualTo(1);
        assertThat(due.get().sent().count()).isEqualTo(THRESHOLDS.minCount());
        assertThat(due.get().alertId()).isEqualTo(episode.alertId()).startsWith("misreading-");
    }

    @Test
    void commentsSpreadOverManyWindowsNeverReachTheCountOfOne() {
        MisreadingEpisode episode = null;
        for (int i = 0; i < 8; i++) {
            episode = add(episode, comment(i, T0 + i * 2 * WINDOW.toMillis()));
            assertThat(episode.due(THRESHOLDS)).isEmpty();
        }
        assertThat(episode.tally().count()).isEqualTo(8);
    }

    @Test
    void aMisreadingThatSimmeredAndNowSpreadsIsRaisedEarly() {
        // one comment in the window before, three in the last: below the minimum count, but three times as many
        MisreadingEpisode episode = add(null, comment(0, T0));
        episode = add(episode, comment(1, T0 + WINDOW.toMillis() + HOUR));
        episode = add(episode, comment(2, T0 + WINDOW.toMillis() + 2 * HOUR));
        assertThat(episode.due(THRESHOLDS)).as("two against one is not growth enough").isEmpty();
        episode = add(episode, comment(3, T0 + WINDOW.toMillis() + 3 * HOUR));

        assertThat(episode.tally().trend(WINDOW).lastWindow()).isEqualTo(3);
        assertThat(episode.tally().trend(WINDOW).previousWindow()).isEqualTo(1);
        assertThat(episode.due(THRESHOLDS)).isPresent();
    }

    @Test
    void growthSendsNewVersionsOfTheSameAlertAtStepsNotOnePerComment() {
        MisreadingEpisode episode = null;
        List<MisreadingEpisode.Sent> sent = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            episode = add(episode, comment(i, T0 + i * 10 * 60_000L));
            Optional<MisreadingEpisode> due = episode.due(THRESHOLDS);
            if (due.isPresent()) {
                episode = due.get();
                sent.add(episode.sent());
            }
        }

        assertThat(sent).extracting(MisreadingEpisode.Sent::version)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, sent.size()).boxed().toList());
        assertThat(sent).hasSizeLessThanOrEqualTo(10);
        assertThat(sent).extracting(MisreadingEpisode.Sent::count).contains(5, 10, 20, 50).isSorted();
        assertThat(sent).extracting(MisreadingEpisode.Sent::raisedAt).containsOnly(sent.get(0).at());
        assertThat(sent.get(sent.size() - 1).severity()).isEqualTo(AlertSeverity.CRITICAL);
        assertThat(sent).extracting(MisreadingEpisode.Sent::deadline).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
    }

    @Test
    void commentsArrivingOutOfOrderAddUpAsInOrder() {
        List<FlaggedComment> inOrder = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            inOrder.add(comment(i, T0 + i * 100 * 60_000L));
        }
        List<FlaggedComment> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(7));
        FlaggedComment first = inOrder.get(0);

        MisreadingTally ordered = MisreadingTally.empty(first);
        for (FlaggedComment c : inOrder) {
            ordered = ordered.plus(c, WINDOW);
        }
        MisreadingTally arrived = MisreadingTally.empty(first);
        for (FlaggedComment c : shuffled) {
            arrived = arrived.plus(c, WINDOW);
        }

        assertThat(arrived).isEqualTo(ordered);
        // every 100 minutes for 65 hours: the last 24 hourly slots hold 14 comments, the 24 before them 15
        assertThat(arrived.trend(WINDOW).lastWindow()).isEqualTo(14);
        assertThat(arrived.trend(WINDOW).previousWindow()).isEqualTo(15);
    }

    @Test
    void aLateCommentDoesNotBringTheEndOfTheEpisodeForward() {
        MisreadingEpisode episode = add(null, comment(0, T0 + 10 * HOUR));
        long quietUntil = episode.quietUntil(THRESHOLDS.quietPeriod());

        episode = add(episode, comment(1, T0));

        assertThat(episode.quietUntil(THRESHOLDS.quietPeriod())).isEqualTo(quietUntil)
                .isEqualTo(T0 + 10 * HOUR + THRESHOLDS.quietPeriod().toMillis());
        assertThat(episode.tally().count()).isEqualTo(2);
    }

    @Test
    void theAlertQuotesTheClauseNamesWhoMustAnswerAndEndsAsSubsidedUnderTheSameId() throws Exception {
        AlertBuilder builder = new AlertBuilder(new PolicyIndex(TestPolicies.registry()), WINDOW);
        MisreadingEpisode episode = null;
        for (int i = 0; i < SCOPE_MISREADINGS.size(); i++) {
            episode = add(episode, comment(i, T0 + i * HOUR));
        }
        MisreadingEpisode raised = episode.due(THRESHOLDS).orElseThrow();

        Alert alert = raised.alert(builder.build(raised.tally().summary(WINDOW), Instant.ofEpochMilli(raised.sent().at())),
                AlertState.ACTIVE, WINDOW);
        MisreadingEpisode ended = raised.subsided(raised.quietUntil(THRESHOLDS.quietPeriod()));
        Alert last = ended.alert(builder.build(ended.tally().summary(WINDOW), Instant.ofEpochMilli(ended.sent().at())),
                AlertState.SUBSIDED, WINDOW);

        assertThat(alert.type()).isEqualTo(AlertType.MISREADING);
        assertThat(alert.state()).isEqualTo(AlertState.ACTIVE);
        assertThat(alert.misreading().clause())
                .isEqualTo("一、调整范围。本市户籍、年满60周岁、按月领取城乡居民基本养老保险待遇的人员。");
        assertThat(TestPolicies.get(POLICY).text()).contains(alert.misreading().clause());
        assertThat(alert.misreading().suggestedClarification()).contains("“" + alert.misreading().clause() + "”");
        assertThat(alert.responsibleBody()).isEqualTo("示例市人力资源和社会保障局");
        assertThat(alert.issuer()).isEqualTo("示例市人民政府办公室");
        assertThat(alert.policyId()).isEqualTo(POLICY);
        assertThat(alert.docNo()).isEqualTo("示政办〔2026〕41号");
        assertThat(alert.misreading().count()).isEqualTo(SCOPE_MISREADINGS.size());
        assertThat(alert.misreading().countsByKind().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(SCOPE_MISREADINGS.size());
        assertThat(alert.misreading().examples()).hasSize(3).doesNotHaveDuplicates();
        assertThat(alert.misreading().exampleIds()).hasSize(3);
        assertThat(alert.misreading().interpretationPassage()).contains("不在本次调整范围内");
        assertThat(alert.severity()).isNotNull();
        assertThat(Instant.parse(alert.responseDeadline())).isAfter(Instant.parse(alert.raisedAt()));
        assertThat(alert.title()).contains("政策误读", "调整范围");

        assertThat(last.id()).isEqualTo(alert.id());
        assertThat(last.version()).isEqualTo(alert.version() + 1);
        assertThat(last.state()).isEqualTo(AlertState.SUBSIDED);
        assertThat(last.raisedAt()).isEqualTo(alert.raisedAt());
        assertThat(Json.read(Json.write(alert), Alert.class)).isEqualTo(alert);
    }

    @Test
    void anEpisodeIsKeptAsJsonAndReadBackTheSame() throws Exception {
        MisreadingEpisode episode = null;
        for (int i = 0; i < 6; i++) {
            episode = add(episode, comment(i, T0 + i * HOUR));
        }
        episode = episode.due(THRESHOLDS).orElseThrow();

        String json = Json.write(episode);

        assertThat(Json.read(json, MisreadingEpisode.class)).isEqualTo(episode);
        assertThat(json.length()).as("state stays small").isLessThan(3_000);
    }

    private static MisreadingEpisode add(MisreadingEpisode episode, FlaggedComment comment) {
        return episode == null ? MisreadingEpisode.start(comment, WINDOW) : episode.with(comment, WINDOW);
    }

    /** The n-th scope misreading (cycling through them, as reposts do) written at {@code at}. */
    private static FlaggedComment comment(int n, long at) {
        FlaggedComment c = SCOPE_MISREADINGS.get(n % SCOPE_MISREADINGS.size());
        return new FlaggedComment(c.id() + "-" + n, c.policyId(), c.clauseId(), c.clause(), c.kind(), c.score(),
                c.text(), at, n % 7, n % 3, n % 4 == 0, n % 2 == 0, "劳动和社会保障", "示例市");
    }
}
