package org.yuqing.jobs.misreading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yuqing.core.json.Json;

/**
 * The policy watch's learnt weights: whether a comment is about a candidate policy ({@code link}), how well a
 * clause fits it ({@code clause}), whether it misreads the clause ({@code flag}) and how ({@code kind}). Shipped
 * as {@value #RESOURCE}, fitted in the training module ({@code org.yuqing.training.watch.WatchTraining}) on the
 * rows {@link WatchExamples} reads off the labelled corpus.
 */
public record WatchModel(LinearScorer link, LinearScorer clause, LinearScorer flag, LinearScorer kind) {

    public static final String RESOURCE = "/org/yuqing/jobs/misreading/policy-watch-model.json";
    /**
     * The least probability at which a comment is linked to a policy. Under an even chance: a comment that links
     * to nothing is never checked, and an everyday message that links wrongly is still rarely flagged (0.3, 0.4 and
     * 0.5 compared in the test resources' misreading/RESULTS.md).
     */
    static final double LINK = 0.4;
    /**
     * The least probability at which a comment is flagged as misreading the clause. An even chance: an alert must be
     * right, and it must come while the misreading spreads (0.4 to 0.5 compared on the grouped cross-validation in
     * the test resources' misreading/RESULTS.md; 0.47 while the link model did not weigh hearsay).
     */
    static final double FLAG = 0.5;

    public static WatchModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final WatchModel MODEL = load();

        private static WatchModel load() {
            try (InputStream in = WatchModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the policy watch's model " + RESOURCE + " is missing from the jar");
                }
                return Json.mapper().readValue(in, WatchModel.class);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(this));
    }
}
