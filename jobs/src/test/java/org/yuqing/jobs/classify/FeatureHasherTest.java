package org.yuqing.jobs.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureHasherTest {

    private final FeatureHasher hasher = new FeatureHasher();

    @Test
    void vectorsHaveEachFeatureOnceAndUnitLength() {
        SparseVector v = hasher.features("停车难停车难，停车位太少", List.of("停车", "停车位", "太少"));

        double norm = 0;
        for (int i = 0; i < v.size(); i++) {
            norm += v.value()[i] * v.value()[i];
            assertThat(v.index()[i]).isBetween(0, FeatureHasher.DIMENSIONS - 1);
        }
        assertThat(norm).isCloseTo(1.0, within(1e-5));
        assertThat(java.util.Arrays.stream(v.index()).distinct().count()).isEqualTo(v.size());
    }

    @Test
    void amountsAndDatesLookAlikeWhateverTheirDigits() {
        assertThat(hasher.features("补贴230元", List.of()).index())
                .containsExactlyInAnyOrder(hasher.features("补贴450元", List.of()).index());
    }

    @Test
    void theSameTextAlwaysGivesTheSameFeatures() {
        assertThat(hasher.features("政务公开", List.of("政务公开")).index())
                .isEqualTo(new FeatureHasher().features("政务公开", List.of("政务公开")).index());
    }

    @Test
    void emptyTextHasNoFeatures() {
        assertThat(hasher.features("", List.of()).size()).isZero();
    }
}
