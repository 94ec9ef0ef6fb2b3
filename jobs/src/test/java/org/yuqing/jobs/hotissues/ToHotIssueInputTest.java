package org.yuqing.jobs.hotissues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;
import org.yuqing.jobs.regions.AdministrativeLevel;

class ToHotIssueInputTest {

    @Test
    void aMessageBecomesAnInputWithItsRegionAndPlace() {
        RawDocument raw = RawDocument.builder("m1", DocumentKind.MESSAGE)
                .subject("岳麓区麓谷街道路灯坏了").text("麓谷街道的路灯坏了一个月").region("湖南省长沙市")
                .author("张**").publishedAt("2026-11-03T09:30:00+08:00").likes(12L).build();

        List<HotIssueInput> out = map(analyzed(raw, raw.text(), "岳麓区 麓谷 街道 路灯 坏 了", List.of("岳麓区"), null));

        assertThat(out).singleElement().satisfies(input -> {
            assertThat(input.region()).isEqualTo("湖南省长沙市");
            assertThat(input.place()).isEqualTo("湖南省长沙市岳麓区");
            assertThat(input.publishedAtMillis()).isEqualTo(1_793_669_400_000L);
            assertThat(input.likes()).isEqualTo(12);
            assertThat(input.author()).isEqualTo("张**");
            assertThat(input.negative()).isNull();
        });
    }

    @Test
    void aNegativeSentimentCountsTowardsTheIssuesNegativeShare() {
        RawDocument raw = RawDocument.builder("m3", DocumentKind.COMMENT).text("路灯坏了一个月没人修，太气人了")
                .publishedAt("2026-11-03").build();

        assertThat(map(analyzed(raw, raw.text(), "路灯 坏 了", "negative"))).singleElement()
                .satisfies(input -> assertThat(input.negative()).isTrue());
        assertThat(map(analyzed(raw, raw.text(), "路灯 坏 了", "neutral"))).singleElement()
                .satisfies(input -> assertThat(input.negative()).isFalse());
    }

    @Test
    void aCommentsSubjectIsNotTheTitleOfThePageItWasPostedOn() {
        RawDocument comment = RawDocument.builder("c1", DocumentKind.COMMENT).title("《关于调整基础养老金标准的通知》网民评论")
                .text("企业退休的也能涨吗").publishedAt("2026-11-03").build();
        RawDocument message = RawDocument.builder("m1", DocumentKind.MESSAGE).title("路灯坏了")
                .text("小区门口的路灯坏了一个月").publishedAt("2026-11-03").build();

        assertThat(map(analyzed(comment, comment.text(), "企业 退休 涨", "neutral"))).singleElement()
                .satisfies(input -> assertThat(input.subject()).isEmpty());
        assertThat(map(analyzed(message, message.text(), "路灯 坏", "neutral"))).singleElement()
                .satisfies(input -> assertThat(input.subject()).isEqualTo("路灯坏了"));
    }

    private static AnalyzedDocument analyzed(RawDocument raw, String cleanText, String tokens, String sentiment) {
        return analyzed(raw, cleanText, tokens, List.of(), sentiment);
    }

    /** @param places the place names the analysis chain found in the document, which the place is read from */
    private static AnalyzedDocument analyzed(RawDocument raw, String cleanText, String tokens, List<String> places,
            String sentiment) {
        return new AnalyzedDocument(raw, cleanText, tokens, null, null, sentiment, null, null, null, places, null, null,
                null, null, null);
    }

    @Test
    void policiesRepliesAndUndatedMessagesAreNotThePublicRaisingIssues() {
        RawDocument policy = RawDocument.builder("p1", DocumentKind.POLICY).text("通知").publishedAt("2026-11-03").build();
        RawDocument reply = RawDocument.builder("r1", DocumentKind.REPLY).text("已修复").publishedAt("2026-11-03").build();
        RawDocument undated = RawDocument.builder("m2", DocumentKind.MESSAGE).text("路灯坏了").build();

        assertThat(map(analyzed(policy, "通知", "通知", null))).isEmpty();
        assertThat(map(analyzed(reply, "已修复", "已 修复", null))).isEmpty();
        assertThat(map(analyzed(undated, "路灯坏了", "路灯 坏 了", null))).isEmpty();
    }

    private static List<HotIssueInput> map(AnalyzedDocument document) {
        List<HotIssueInput> out = new ArrayList<>();
        new ToHotIssueInput(AdministrativeLevel.CITY).flatMap(document, new Collector<>() {
            @Override
            public void collect(HotIssueInput record) {
                out.add(record);
            }

            @Override
            public void close() {
            }
        });
        return out;
    }
}
