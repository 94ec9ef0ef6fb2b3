package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Floors a little under what the detector measures, so that a change that makes it worse fails the build. The
 * figures themselves are printed by {@link MisreadingEvaluation#main}; see misreading/RESULTS.md.
 */
class MisreadingEvaluationTest {

    private final MisreadingEvaluation evaluation = new MisreadingEvaluation();

    @Test
    void heldOutPart() {
        MisreadingEvaluation.Figures figures = evaluation.run("/misreading/heldout.jsonl");
        System.out.println("held-out part\n" + figures);

        assertThat(figures.comments()).isEqualTo(80);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(0.92);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.88);
        assertThat(figures.f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(figures.linkingAccuracy()).isGreaterThanOrEqualTo(0.86);
        assertThat(figures.clauseAccuracyWhenFound()).isGreaterThanOrEqualTo(0.80);
        assertThat(figures.clauseAccuracy()).isGreaterThanOrEqualTo(0.74);
        assertThat(figures.kindAccuracyWhenFound()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void developmentPart() {
        MisreadingEvaluation.Figures figures = evaluation.run("/misreading/dev.jsonl");
        System.out.println("dev part\n" + figures);

        assertThat(figures.comments()).isEqualTo(112);
        assertThat(figures.precision()).isGreaterThanOrEqualTo(0.95);
        assertThat(figures.recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(figures.linkingAccuracy()).isGreaterThanOrEqualTo(0.80);
        assertThat(figures.clauseAccuracyWhenFound()).isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void everydayMessagesToAPortalAreNeitherLinkedNorFlagged() {
        // messages to a city's portal about local matters (a noisy neighbour, a school's fees): none is about one
        // of the registered policies, even where it shares their words (养老保险, 毕业生)
        MisreadingEvaluation.Background tuned = evaluation.background(MisreadingEvaluation.BACKGROUND);
        MisreadingEvaluation.Background unseen = evaluation.background(MisreadingEvaluation.UNSEEN_BACKGROUND);
        System.out.println(tuned + "\n" + unseen);

        assertThat(tuned.messages()).isEqualTo(300);
        assertThat(tuned.linkedShare()).isLessThanOrEqualTo(0.06);
        assertThat(tuned.flaggedShare()).isLessThanOrEqualTo(0.03);
        assertThat(unseen.messages()).isEqualTo(300);
        assertThat(unseen.linkedShare()).isLessThanOrEqualTo(0.05);
        assertThat(unseen.flaggedShare()).isLessThanOrEqualTo(0.03);
    }
}
