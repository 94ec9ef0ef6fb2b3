package org.yuqing.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.yuqing.training.Corpora.Dataset;

/**
 * The transformer trains in Python (transformer/train.py), which reads the corpora and splits them itself: it
 * must read the same examples and hold out the same ones as {@link Corpora} and {@link HeldOut}, or it would
 * train on what ./yuqing eval scores. Compared on the shared data folder, where it is beside the checkout.
 */
class CorporaSplitTest {

    @Test
    void pythonReadsAndSplitsTheCorporaAsJavaDoes() throws Exception {
        Path data = sharedData();
        assumeTrue(data != null, "shared/data is not beside this checkout");
        Path script = Path.of("transformer", "corpora.py").toAbsolutePath();

        Process python = new ProcessBuilder("python3", script.toString(), data.toString()).redirectErrorStream(true).start();
        String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as(printed).isZero();

        assertThat(printed.lines().toList()).containsExactlyInAnyOrderElementsOf(javaSplit(data));
    }

    /** Per corpus: examples, held out, calibration, and the sum of the held-out split keys' CRC32 mod 2^32. */
    private static List<String> javaSplit(Path data) {
        List<String> lines = new ArrayList<>();
        for (Dataset dataset : Corpora.all(data)) {
            long heldOut = 0;
            long calibration = 0;
            long digest = 0;
            for (Example example : dataset.examples()) {
                if (HeldOut.isHeldOut(example)) {
                    heldOut++;
                    CRC32 crc = new CRC32();
                    crc.update(example.splitKey().getBytes(StandardCharsets.UTF_8));
                    digest = (digest + crc.getValue()) % (1L << 32);
                }
                if (HeldOut.isCalibration(example)) {
                    calibration++;
                }
            }
            lines.add(dataset.name() + " " + dataset.examples().size() + " " + heldOut + " " + calibration + " " + digest);
        }
        return lines;
    }

    private static Path sharedData() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path data = dir.resolve("shared/data");
            if (Files.isDirectory(data.resolve("smp2020_ewect"))) {
                return data;
            }
        }
        return null;
    }
}
