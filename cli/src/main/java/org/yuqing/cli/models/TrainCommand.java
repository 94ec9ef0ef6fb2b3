package org.yuqing.cli.models;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.yuqing.training.ModelTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./yuqing train}: retrains the topic, sentiment and emotion models from a data folder. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Retrain the topic, sentiment and emotion models from a data folder.",
                "The folder is laid out like shared/data; training uses everything but the held-out fifth that "
                        + "./yuqing eval scores. By default the models replace the ones shipped in the source tree "
                        + "(jobs/src/main/resources/org/yuqing/jobs/classify)."})
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "the corpora folder")
    Path data;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the model files")
    Path out;

    @Option(names = "--tune", split = ",", paramLabel = "C,C...",
            description = "instead of training, print validation scores for these costs (on the training side only)")
    double[] tune;

    @Override
    public Integer call() throws Exception {
        if (tune != null) {
            new ModelTraining(System.err).tune(data, tune);
            return 0;
        }
        Path target = out != null ? out : ShippedModels.sourceFolder();
        new ModelTraining(System.err).trainAll(data, target);
        return 0;
    }
}
