package org.yuqing.jobs.classify;

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
        CRC32 crc = new CRC32();
        crc.update(example.splitKey().getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % BUCKETS);
    }
}
