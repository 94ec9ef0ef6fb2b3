package org.yuqing.benchmarks;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.analysis.TextAnalysisResult;
import org.yuqing.jobs.misreading.MisreadingDetector;
import org.yuqing.jobs.misreading.PolicyIndex;
import org.yuqing.jobs.misreading.PolicyWatch;
import org.yuqing.jobs.misreading.SentenceVectors;
import org.yuqing.jobs.misreading.WatchCorpus;
import org.yuqing.jobs.misreading.WatchModel;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * The policy watch with 50 registered policies, one comment per operation, single thread, on the labelled
 * corpus's comments (the corpus's 26 policies, then copies of them under other ids up to 50), called as the job
 * calls it: on the analysis chain's clean text and tokens of the comment.
 * <ul>
 *   <li>{@code withChainVector}: the comment's sentence vector comes from the chain's encoder pass too, as in the
 *       job; this is what the watch itself costs;</li>
 *   <li>{@code encodingHere}: the watch encodes the comment itself.</li>
 * </ul>
 * {@code -jvmArgsAppend -Dyuqing.bench.corpus=DIR} points at the corpus (default
 * {@code jobs/src/test/resources/misreading/corpus}, from the project root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
@Warmup(iterations = 3, time = 10)
@Measurement(iterations = 5, time = 10)
public class PolicyWatchBenchmark {

    private static final int POLICIES = 50;
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    private PolicyWatch watch;
    private List<TextAnalysisResult> comments;
    private List<float[]> commentVectors;
    private int next;

    @Setup
    public void load() {
        WatchCorpus corpus = WatchCorpus.read(Path.of(System.getProperty("yuqing.bench.corpus",
                "jobs/src/test/resources/misreading/corpus")));
        List<Policy> policies = new ArrayList<>(corpus.policies());
        for (int copy = 0; policies.size() < POLICIES; copy++) {
            Policy original = corpus.policies().get(copy % corpus.policies().size());
            policies.add(new Policy(original.id() + "-copy" + copy, original.title(), original.shortTitles(), null,
                    original.issuer(), original.draftingBody(), original.publishedAt(), original.text(),
                    original.clauses(), original.interpretation()));
        }
        TextAnalysis chain = TextAnalysis.shared();
        SentenceVectors vectors = SentenceVectors.of(chain.encoder(), chain.cut());
        watch = new PolicyWatch(new MisreadingDetector(new PolicyIndex(PolicyRegistry.of(policies), vectors),
                WatchModel.shipped()));
        comments = chain.analyzeAll(corpus.comments().stream()
                .map(comment -> new TextAnalysis.Input("", comment.text())).toList());
        // where the cascade trusted its linear models the job's watch encodes the comment: not the watch's own cost
        commentVectors = comments.stream()
                .map(comment -> comment.vector() != null ? comment.vector()
                        : vectors.documentVectors(List.of(comment.cleanText())).get(0))
                .toList();
    }

    @Benchmark
    public Object withChainVector() {
        int i = next();
        return watch.watchAnalyzed("", comments.get(i).cleanText(), comments.get(i).tokens(), commentVectors.get(i),
                DAY, null);
    }

    @Benchmark
    public Object encodingHere() {
        int i = next();
        return watch.watchAnalyzed("", comments.get(i).cleanText(), comments.get(i).tokens(), null, DAY, null);
    }

    private int next() {
        int i = next;
        next = (next + 1) % comments.size();
        return i;
    }
}
