package org.yuqing.jobs.hotissues;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which id each of a window's issues is indexed under, given the issue each message was in the window before. */
class IssueIdsTest {

    @Test
    void aPartOfAnIssueThatTheWindowCutOffStaysInTheIssue() {
        // The messages that tied the four "投诉小区附近搅拌站" complaints to the mixing plant left the window;
        // the window's grouping cut them off, but they were part of the plant's issue and stay so.
        IssueCluster plant = cluster("A市", "p1", "p2", "p3", "p4", "p5");
        IssueCluster cutOff = cluster("A市", "c1", "c2", "c3", "c4");
        Map<String, String> before = Map.of("p1", "plant", "p2", "plant", "p3", "plant", "c1", "plant", "c2", "plant",
                "c3", "plant", "c4", "plant");

        IssueIds.Assignment ids = assign(List.of(plant, cutOff), before);

        assertThat(ids.issues()).containsOnlyKeys("plant");
        assertThat(ids.issues().get("plant").members()).extracting(HotIssueInput::id)
                .containsExactlyInAnyOrder("p1", "p2", "p3", "p4", "p5", "c1", "c2", "c3", "c4");
        assertThat(ids.retired()).isEmpty();
    }

    @Test
    void twoDifferentIssuesStayTwo() {
        IssueCluster parking = cluster("A市", "k1", "k2");
        IssueCluster fumes = cluster("A市A5区", "f1");
        IssueCluster fresh = cluster("A市", "n1");

        IssueIds.Assignment ids = assign(List.of(parking, fumes, fresh), Map.of("k1", "parking", "f1", "fumes"));

        assertThat(ids.issues()).hasSize(3).containsKeys("parking", "fumes");
        assertThat(ids.retired()).isEmpty();
    }

    @Test
    void aGroupMostlyOfNewMessagesIsANewIssueEvenWithOneMessageOfAnother() {
        IssueCluster plant = cluster("A市", "p1", "p2", "p3", "p4");
        IssueCluster market = cluster("A市", "m1", "m2", "p5");

        IssueIds.Assignment ids = assign(List.of(plant, market),
                Map.of("p1", "plant", "p2", "plant", "p3", "plant", "p5", "plant"));

        assertThat(ids.issues()).hasSize(2).containsKey("plant");
        assertThat(ids.issues().get("plant").members()).extracting(HotIssueInput::id)
                .containsExactly("p1", "p2", "p3", "p4");
    }

    @Test
    void aPartAtAnotherPlaceIsNotJoinedToTheIssue() {
        // A restaurant in A2区 that the grouping once put with one in A1区 is its own issue again when they part.
        IssueCluster a1 = cluster("A市A1区", "r1", "r2");
        IssueCluster a2 = cluster("A市A2区", "r3");

        IssueIds.Assignment ids = assign(List.of(a1, a2), Map.of("r1", "restaurant", "r2", "restaurant", "r3", "restaurant"));

        assertThat(ids.issues()).hasSize(2);
        assertThat(ids.issues().get("restaurant").members()).extracting(HotIssueInput::id).containsExactly("r1", "r2");
    }

    @Test
    void anIssueWhoseMessagesJoinedAnotherIsRetiredSoItsDocumentGoes() {
        IssueCluster fraudCase = cluster("A市A4区", "a1", "a2", "b1");

        IssueIds.Assignment ids = assign(List.of(fraudCase), Map.of("a1", "case", "a2", "case", "b1", "appeal"));

        assertThat(ids.issues()).containsOnlyKeys("case");
        assertThat(ids.retired()).containsExactly("appeal");
    }

    @Test
    void idsDoNotDependOnTheOrderTheGroupsComeIn() {
        IssueCluster big = cluster("A市", "p1", "p2", "p3");
        IssueCluster small = cluster("A市", "c1");
        Map<String, String> before = Map.of("p1", "plant", "c1", "plant");

        assertThat(assign(List.of(small, big), before).issues().keySet())
                .isEqualTo(assign(List.of(big, small), before).issues().keySet());
        assertThat(assign(List.of(cluster("A市", "n1")), Map.of()).issues().keySet())
                .isEqualTo(assign(List.of(cluster("A市", "n1")), Map.of()).issues().keySet());
    }

    private static IssueIds.Assignment assign(List<IssueCluster> clusters, Map<String, String> before) {
        try {
            return IssueIds.assign("A市", clusters, before::get);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static IssueCluster cluster(String place, String... ids) {
        IssueCluster cluster = new IssueCluster(ids[0]);
        long at = 0;
        for (String id : ids) {
            cluster.add(new HotIssueInput(id, "搅拌站噪音", "搅拌站噪音扰民", "搅拌站 噪音 扰民", id, "A市", place, at++,
                    0, 0, 0, null), Map.of("搅拌站", 1.0), false);
        }
        return cluster;
    }
}
