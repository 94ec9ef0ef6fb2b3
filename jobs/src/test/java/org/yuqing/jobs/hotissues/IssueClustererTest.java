package org.yuqing.jobs.hotissues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.teddy.TeddyMessage;

/** On 372 real messages of the Teddy hot-issue data (see NOTICE), grouped in the order they were written. */
class IssueClustererTest {

    static List<HotIssueInput> fixture;
    static IssueClusterer clusterer;
    static Map<String, IssueCluster> issueOf = new HashMap<>();

    @BeforeAll
    static void groupTheFixture() {
        fixture = TeddyHotIssueInputs.of(TeddyMessage.readResource(IssueClustererTest.class, "fj3_likes.sample.jsonl"))
                .stream()
                .sorted(Comparator.comparingLong(HotIssueInput::publishedAtMillis).thenComparing(HotIssueInput::id))
                .toList();
        clusterer = new IssueClusterer(ClusteringSettings.DEFAULTS);
        for (HotIssueInput message : fixture) {
            issueOf.put(message.id(), clusterer.add(message));
        }
    }

    @Test
    void aMessagePostedAgainJoinsTheIssueOfTheFirst() {
        // 360101 re-posts 236798 (A5区劳动东路魅力之城小区油烟扰民) a week later.
        assertThat(issueOf.get("360101")).isSameAs(issueOf.get("236798"));
        // The same complaint about new national road 107 posted four times over four days.
        assertThat(List.of("278907", "201447", "229903")).allSatisfy(id ->
                assertThat(issueOf.get(id)).isSameAs(issueOf.get("273925")));
        assertThat(issueOf.get("273925").nearDuplicates()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void differentlyWordedMessagesAboutOneObjectAreOneIssue() {
        // 伊景园滨河苑 selling flats only together with parking spaces, in five people's words.
        assertThat(List.of("283879", "218709", "196264", "205982")).allSatisfy(id ->
                assertThat(issueOf.get(id)).isSameAs(issueOf.get("223247")));
        // The concrete mixing plant next to 丽发新城.
        assertThat(List.of("188809", "203393", "247160", "213464")).allSatisfy(id ->
                assertThat(issueOf.get(id)).isSameAs(issueOf.get("189950")));
    }

    @Test
    void unrelatedMattersStayApart() {
        IssueCluster parking = issueOf.get("223247");
        IssueCluster mixingPlant = issueOf.get("189950");
        IssueCluster fumes = issueOf.get("236798");
        IssueCluster road107 = issueOf.get("273925");
        assertThat(List.of(parking, mixingPlant, fumes, road107)).doesNotHaveDuplicates();
        assertThat(clusterer.clusters().size()).isGreaterThan(fixture.size() / 3);
    }

    @Test
    void anIssueIsNamedByItsMostTypicalMessageAndKnowsItsPlace() {
        HotIssueSummarizer summarizer = new HotIssueSummarizer(HeatWeights.DEFAULTS, java.time.Duration.ofDays(7));
        IssueCluster fumes = issueOf.get("236798");
        HotIssue issue = summarizer.summarize("x", "A市", fumes, clusterer, 0, Long.MAX_VALUE / 2);

        assertThat(issue.title()).contains("魅力之城");
        assertThat(issue.place()).isEqualTo("A市A5区");
        assertThat(issue.count()).isEqualTo(fumes.size());
        assertThat(issue.representatives()).hasSizeBetween(1, 3);
        assertThat(issue.representatives().get(0).quote()).hasSizeLessThanOrEqualTo(81);
        assertThat(issue.authors()).isBetween(1, issue.count());
        assertThat(issue.heat()).isGreaterThan(Math.log1p(issue.authors()) - 1e-3);
    }
}
