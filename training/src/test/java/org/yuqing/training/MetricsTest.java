package org.yuqing.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void accuracyMacroF1AndConfusion() {
        Metrics metrics = new Metrics(List.of("a", "b"));
        metrics.add("a", "a");
        metrics.add("a", "a");
        metrics.add("a", "b");
        metrics.add("b", "b");

        assertThat(metrics.accuracy()).isEqualTo(0.75);
        // F1(a) = 2 * 1 * 2/3 / (1 + 2/3) = 0.8; F1(b) = 2 * 0.5 * 1 / 1.5 = 0.667
        assertThat(metrics.macroF1()).isCloseTo((0.8 + 2.0 / 3) / 2, within(1e-9));
        assertThat(metrics.confusionTable()).contains("a\t2\t1", "b\t0\t1");
    }

    @Test
    void theHeldOutFifthIsStable() {
        Example example = new Example("", "小区停车难", "城乡建设", "小区停车难");
        assertThat(HeldOut.bucket(example)).isEqualTo(HeldOut.bucket(new Example("x", "y", "z", "小区停车难")));
        long heldOut = java.util.stream.IntStream.range(0, 10_000)
                .filter(i -> HeldOut.isHeldOut(new Example("", "", "", "留言" + i))).count();
        assertThat(heldOut).isBetween(1_800L, 2_200L);
    }
}
