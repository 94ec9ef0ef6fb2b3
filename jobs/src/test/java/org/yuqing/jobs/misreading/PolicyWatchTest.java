package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yuqing.core.document.MisreadingFinding;
import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.analysis.TextAnalysisResult;
import org.yuqing.jobs.policy.TestPolicies;

/** The job hands the watch the tokens the analysis chain made; it must see what the evaluated detector sees. */
class PolicyWatchTest {

    private final PolicyWatch watch = new PolicyWatch(TestPolicies.registry());
    private final TextAnalysis analysis = TextAnalysis.shared();

    @Test
    void watchingTheChainsTokensFindsWhatSegmentingTheCommentAgainFinds() throws URISyntaxException {
        Path corpus = Path.of(PolicyWatchTest.class.getResource("/misreading/corpus").toURI());
        List<LabelledComment> comments = WatchCorpus.read(corpus).comments().stream()
                .filter(comment -> comment.policyId() == null || TestPolicies.registry().byId(comment.policyId()).isPresent())
                .toList();
        LocalDate day = LocalDate.of(2026, 11, 20);
        int flagged = 0;
        for (LabelledComment comment : comments) {
            TextAnalysisResult analyzed = analysis.analyze(null, comment.text());

            PolicyWatch.Verdict fromTokens = watch.watchAnalyzed("", analyzed.cleanText(), analyzed.tokens(), day, null);
            PolicyWatch.Verdict segmentedAgain = watch.watch(analyzed.cleanText(), day);

            assertThat(fromTokens.policyIds()).as(comment.text()).isEqualTo(segmentedAgain.policyIds());
            MisreadingFinding expected = segmentedAgain.misreading();
            assertThat(fromTokens.misreading()).as(comment.text())
                    .returns(expected.flag(), MisreadingFinding::flag)
                    .returns(expected.kind(), MisreadingFinding::kind)
                    .returns(expected.clauseId(), MisreadingFinding::clauseId);
            flagged += expected.flag() ? 1 : 0;
        }
        // the comparison means something only if many of them are misreadings
        assertThat(flagged).isGreaterThan(80);
    }
}
