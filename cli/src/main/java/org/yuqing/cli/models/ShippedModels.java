package org.yuqing.cli.models;

import java.nio.file.Path;
import org.yuqing.cli.YuqingHome;

/** Where the shipped model files live in the source tree, so that retraining updates what the build packages. */
final class ShippedModels {

    private ShippedModels() {
    }

    static Path sourceFolder() {
        return YuqingHome.root().resolve("jobs/src/main/resources/org/yuqing/jobs/classify");
    }
}
