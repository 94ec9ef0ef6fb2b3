package org.yuqing.training.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The policy watch on policies it was not trained on (folds split by policy), against floors a little under the
 * figures in the jobs module's {@code misreading/RESULTS.md}: a change that makes it generalise worse fails the build.
 */
class PolicyWatchEvaluationTest {

    private static PolicyWatchEvaluation.Figures figures;

    @BeforeAll
    static void crossValidate() {
        figures = new PolicyWatchEvaluation().run();
        System.out.println(figures);
    }

    @Test
    void findsMostMisreadingsOfPoliciesItHasNeverSeenAndRaisesFewFalseAlarms() {
        assertThat(figures.precision()).isGreaterThanOrEqualTo(PRECISION);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(RECALL);
    }

    @Test
    void namesTheClauseThatIsMisread() {
        assertThat(figures.clauseWhenFound()).isGreaterThanOrEqualTo(CLAUSE);
    }

    @Test
    void linksCommentsToThePolicyTheyAreAbout() {
        assertThat(figures.linking()).isGreaterThanOrEqualTo(LINKING);
    }

    @Test
    void leavesEverydayPortalMessagesAlone() {
        assertThat(figures.backgroundFlaggedShare()).isLessThanOrEqualTo(0.01);
        assertThat(figures.backgroundLinkedShare()).isLessThanOrEqualTo(0.03);
    }

    private static final double PRECISION = 0.84;
    private static final double RECALL = 0.76;
    private static final double CLAUSE = 0.78;
    private static final double LINKING = 0.91;
}
