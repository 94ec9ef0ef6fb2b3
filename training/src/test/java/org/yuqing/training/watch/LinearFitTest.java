package org.yuqing.training.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.misreading.LinearScorer;
import org.yuqing.jobs.misreading.WatchExamples;

/** The link's choice model: options compete, and "none of them" is one of them. */
class LinearFitTest {

    private static final List<String> FEATURES = List.of("closeness", "noise");

    @Test
    void theOptionThatStandsOutWinsAndNoneWinsWhereNothingDoes() {
        Random random = new Random(7);
        List<WatchExamples.Choice> choices = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // about a policy: one option close, the others not; about none: every option far
            boolean aboutOne = i % 2 == 0;
            int right = aboutOne ? random.nextInt(4) : -1;
            List<double[]> options = new ArrayList<>();
            List<Boolean> isRight = new ArrayList<>();
            for (int o = 0; o < 4; o++) {
                double closeness = (o == right ? 2 : 0) + random.nextGaussian() * 0.5;
                options.add(new double[] {closeness, random.nextGaussian()});
                isRight.add(o == right);
            }
            choices.add(new WatchExamples.Choice(options, isRight));
        }

        LinearScorer scorer = LinearFit.choice(new WatchExamples.Choices(FEATURES, choices), 1);

        assertThat(scorer.margin(new double[] {2, 0})).isGreaterThan(scorer.margin(new double[] {0, 0}));
        assertThat(Math.abs(scorer.weights()[0][1])).isLessThan(Math.abs(scorer.weights()[0][0]) / 5);
        // against three far options, a close one beats none, and a fourth far one does not
        assertThat(probability(scorer, new double[] {2, 0})).isGreaterThan(0.5);
        assertThat(probability(scorer, new double[] {0, 0})).isLessThan(0.2);
    }

    /** The probability of the option among three far ones and none, as the detector computes it. */
    private static double probability(LinearScorer scorer, double[] option) {
        double far = Math.exp(scorer.margin(new double[] {0, 0}));
        double it = Math.exp(scorer.margin(option));
        return it / (1 + 3 * far + it);
    }
}
