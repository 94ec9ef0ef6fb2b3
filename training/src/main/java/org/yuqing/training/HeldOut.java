package org.yuqing.training;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The deterministic split of the development data: one example in five, chosen by a hash of its split key, is
 * kept for evaluation and never trained on. The same text always falls on the same side, on every machine.
 */
public final class HeldOut {

    private static final int BUCKETS = 5;

    private HeldOut() {
    }

    public static boolean isHeldOut(Example example) {
        return bucket(example) == 0;
    }

    /**
     * The example's fifth, 0 to 4: 0 is held out for evaluation; training may set another aside to choose its
     * settings without touching 0.
     */
    public static int bucket(Example example) {
        return (int) (crc(example) % BUCKETS);
    }

    /**
     * Half of fifth 1, which the transformer does not train on (training/transformer/train.py splits the same
     * way): the cascade's thresholds are chosen there. The linear models do train on it.
     */
    public static boolean isCalibration(Example example) {
        long crc = crc(example);
        return crc % BUCKETS == 1 && (crc / BUCKETS) % 2 == 0;
    }

    private static long crc(Example example) {
        CRC32 crc = new CRC32();
        crc.update(example.splitKey().getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
