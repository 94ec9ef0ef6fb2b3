package org.yuqing.jobs.hotissues;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.eventtime.PerRecordWatermarks;
import org.yuqing.jobs.teddy.TeddyMessage;

/** The operator in a local Flink run over the fixture: 7-day windows sliding by a day, as in production. */
class HotIssueStreamTest {

    static List<HotIssue> emitted = new ArrayList<>();
    /** What the index holds once every change is applied in order: each id's latest view, retired ones gone. */
    static Map<String, HotIssue> index = new LinkedHashMap<>();

    @BeforeAll
    static void runTheOperator() throws Exception {
        // In publication order, as a board is crawled: out of order beyond the watermark's bound is late.
        List<HotIssueInput> messages =
                TeddyHotIssueInputs.of(TeddyMessage.readResource(HotIssueStreamTest.class, "fj3_likes.sample.jsonl"))
                        .stream().sorted(Comparator.comparingLong(HotIssueInput::publishedAtMillis)).toList();
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        HotIssueSettings settings = new HotIssueSettings(Duration.ofDays(7), Duration.ofDays(1), Duration.ofDays(2),
                100, ClusteringSettings.DEFAULTS, HeatWeights.DEFAULTS);
        try (CloseableIterator<HotIssueChange> changes = HotIssueStream.of(timed(env.fromData(messages), settings), settings).executeAndCollect()) {
            changes.forEachRemaining(change -> {
                if (change instanceof HotIssue issue) {
                    emitted.add(issue);
                    index.put(issue.id(), issue);
                } else {
                    index.remove(change.id());
                }
            });
        }
    }

    @Test
    void everyWindowEmitsItsIssuesAndAMessageSitsInOneIssuePerWindow() {
        assertThat(emitted).isNotEmpty();
        emitted.stream().collect(Collectors.groupingBy(HotIssue::windowEnd)).forEach((window, issues) -> {
            List<String> ids = issues.stream().flatMap(i -> i.messageIds().stream()).toList();
            assertThat(ids).as("window ending %s", window).doesNotHaveDuplicates();
        });
    }

    @Test
    void theIndexListsEveryMessageInOneIssueHoweverTheWindowsGroupedIt() {
        // A dashboard or a briefing reading the index sees a matter once: two documents never share a message.
        Map<String, List<String>> documentsOfMessage = new HashMap<>();
        index.values().forEach(issue -> issue.messageIds().forEach(m ->
                documentsOfMessage.computeIfAbsent(m, k -> new ArrayList<>()).add(issue.id())));
        assertThat(documentsOfMessage).allSatisfy((message, documents) ->
                assertThat(documents).as("documents listing message %s", message).hasSize(1));
    }

    @Test
    void nearDuplicatesAreOneIssueInEveryWindowThatHoldsThem() {
        List<HotIssue> withRepost = containing("360101");
        assertThat(withRepost).isNotEmpty().allSatisfy(issue -> assertThat(issue.messageIds()).contains("236798"));
    }

    @Test
    void oneMatterIsOneIdInEveryWindow() {
        // New national road 107: posted twice on 18 July and twice on 22 July 2019.
        Set<String> ids = containing("229903").stream().map(HotIssue::id).collect(Collectors.toSet());
        assertThat(ids).hasSize(1);
        assertThat(containing("273925")).allSatisfy(issue -> assertThat(ids).contains(issue.id()));
    }

    @Test
    void theIndexKeepsAnIssuesViewFromTheWindowThatTookInItsLatestMessageNotTheWindowsThatOnlyLostMessages() {
        // Road 107's four messages are together in the windows that end the days after 22 July; later windows, fired
        // as the board's later messages move the watermark on, hold only the two of 22 July. A reader of the index
        // (a weekly briefing, a dashboard's last 30 days) expects the matter's four messages, not the last two.
        List<HotIssue> documents = index.values().stream().filter(i -> i.messageIds().contains("229903")).toList();
        assertThat(documents).singleElement().satisfies(issue -> {
            assertThat(issue.messageIds()).containsExactlyInAnyOrder("273925", "278907", "201447", "229903");
            assertThat(issue.count()).isEqualTo(4);
        });
    }

    @Test
    void anIssueKeepsItsIdAfterTheMessageThatOpenedItLeftTheWindowAndEndsAsItsLastNews() throws Exception {
        long day = Duration.ofDays(1).toMillis();
        // One matter on days 30, 35 and 40: the window that takes in day 40's message no longer holds day 30's.
        List<HotIssueChange> changes = run(List.of(message("opener", 30 * day + day / 2),
                message("second", 35 * day + day / 2), message("third", 40 * day + day / 2)));

        List<HotIssue> views = changes.stream().map(HotIssue.class::cast).toList();
        assertThat(views).extracting(HotIssue::id).containsOnly(views.get(0).id());
        assertThat(views).extracting(HotIssue::messageIds).containsExactly(
                List.of("opener"), List.of("opener", "second"), List.of("second", "third"));
        // The input's end fires the windows up to a week past day 40, each with fewer messages: none of them
        // replaces the issue's document, so it keeps the two messages of its latest week.
        assertThat(views.get(views.size() - 1).count()).isEqualTo(2);
    }

    @Test
    void unrelatedIssuesHaveDifferentIds() {
        Set<String> parking = containing("223247").stream().map(HotIssue::id).collect(Collectors.toSet());
        Set<String> fumes = containing("236798").stream().map(HotIssue::id).collect(Collectors.toSet());
        assertThat(parking).isNotEmpty().doesNotContainAnyElementsOf(fumes);
    }

    private static List<HotIssueChange> run(List<HotIssueInput> messages) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        HotIssueSettings settings = new HotIssueSettings(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(6), 10,
                ClusteringSettings.DEFAULTS, HeatWeights.DEFAULTS);
        List<HotIssueChange> changes = new ArrayList<>();
        try (CloseableIterator<HotIssueChange> it = HotIssueStream.of(timed(env.fromData(messages), settings), settings)
                .executeAndCollect()) {
            it.forEachRemaining(changes::add);
        }
        return changes;
    }

    @Test
    void aMessageTooLateForAllItsWindowsComesOutOnTheSide() throws Exception {
        long day = Duration.ofDays(1).toMillis();
        HotIssueInput onTime = message("on-time", 30 * day);
        HotIssueInput late = message("late", 20 * day);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);
        HotIssueSettings settings = new HotIssueSettings(Duration.ofDays(7), Duration.ofDays(1), Duration.ofHours(6), 10,
                ClusteringSettings.DEFAULTS, HeatWeights.DEFAULTS);
        var issues = HotIssueStream.of(timed(env.fromData(onTime, late), settings), settings);
        List<HotIssueInput> sidelined = new ArrayList<>();
        try (CloseableIterator<HotIssueInput> it = issues.getSideOutput(HotIssueStream.LATE).executeAndCollect()) {
            it.forEachRemaining(sidelined::add);
        }
        assertThat(sidelined).extracting(HotIssueInput::id).containsExactly("late");
    }

    /** Event time from publication, as the job's source sets it. */
    private static DataStream<HotIssueInput> timed(DataStream<HotIssueInput> messages, HotIssueSettings settings) {
        return messages.assignTimestampsAndWatermarks(WatermarkStrategy
                .<HotIssueInput>forGenerator(context -> new PerRecordWatermarks<>(settings.outOfOrderness()))
                .withTimestampAssigner((message, previous) -> message.publishedAtMillis()));
    }

    private static HotIssueInput message(String id, long publishedAt) {
        return new HotIssueInput(id, "路灯坏了", "小区路灯坏了", "小区 路灯 坏 了", null, "A市", "A市", publishedAt, 0, 0, 0, null);
    }

    private static List<HotIssue> containing(String messageId) {
        return emitted.stream().filter(i -> i.messageIds().contains(messageId)).toList();
    }
}
