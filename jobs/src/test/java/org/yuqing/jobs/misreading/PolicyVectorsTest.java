package org.yuqing.jobs.misreading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolicyVectorsTest {

    private static final float[] NORTH = {1, 0, 0};
    private static final float[] EAST = {0, 1, 0};
    private static final float[] UP = {0, 0, 1};
    private static final float[] NORTH_EAST = {0.6f, 0.8f, 0};

    @Test
    void aClauseIsAsCloseAsItselfOrItsClosestSentence() {
        PolicyVectors vectors = new PolicyVectors.Builder()
                .policy(2, UP)
                .clause(0, NORTH).sentence(0, EAST).sentence(0, NORTH_EAST)
                .clause(1, UP)
                .policy(1, NORTH)
                .clause(0, EAST)
                .build();

        PolicyVectors.Closeness closeness = vectors.closeness(EAST);

        assertThat(closeness.titles()).containsExactly(0, 0);
        assertThat(closeness.clauses()[0]).containsExactly(new double[] {1, 0}, within(1e-6));
        assertThat(closeness.clauses()[1]).containsExactly(new double[] {1}, within(1e-6));
        assertThat(closeness.best(0)).isCloseTo(1, within(1e-6));
    }

    @Test
    void aClauseWithoutItsOwnVectorIsNeverFurtherThanOrthogonal() {
        float[] south = {-1, 0, 0};
        PolicyVectors vectors = new PolicyVectors.Builder()
                .policy(1, UP)
                .sentence(0, south)
                .build();

        PolicyVectors.Closeness closeness = vectors.closeness(NORTH);

        assertThat(closeness.clauses()[0]).containsExactly(0);
        assertThat(closeness.best(0)).isZero();
    }

    @Test
    void withoutTheCommentsVectorEveryCosineIsZero() {
        PolicyVectors vectors = new PolicyVectors.Builder().policy(1, NORTH).clause(0, NORTH).build();

        PolicyVectors.Closeness closeness = vectors.closeness(null);

        assertThat(closeness.titles()).containsExactly(0);
        assertThat(closeness.clauses()[0]).containsExactly(0);
    }
}
