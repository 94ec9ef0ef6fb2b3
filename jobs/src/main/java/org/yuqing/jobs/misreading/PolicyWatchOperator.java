package org.yuqing.jobs.misreading;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.core.document.AnalyzedDocument;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.jobs.analysis.EncodedDocument;
import org.yuqing.jobs.analysis.TextAnalysis;
import org.yuqing.jobs.analysis.TextPreparation;
import org.yuqing.jobs.policy.PolicyRecord;

/**
 * The policy registry as Flink broadcast state: every crawled policy reaches every parallel instance, and what
 * citizens write is linked to the registered policies and checked for misreadings. The registry is kept in
 * checkpoints and starts from the policies already in Elasticsearch; the index over it is rebuilt only when a
 * policy was added since the last comment. A comment that overtakes its policy in the stream is not linked to it.
 */
public final class PolicyWatchOperator extends BroadcastProcessFunction<EncodedDocument, PolicyRecord, AnalyzedDocument> {

    public static final MapStateDescriptor<String, PolicyRecord> REGISTRY =
            new MapStateDescriptor<>("policy-registry", String.class, PolicyRecord.class);

    private final ElasticsearchConnection elasticsearch;
    private transient List<PolicyRecord> indexed;
    private transient PolicyWatch watch;
    private transient boolean stale;
    private transient TextPreparation preparation;

    /** Reads the policies already indexed there at start, then adds those that stream past. */
    public PolicyWatchOperator(ElasticsearchConnection elasticsearch) {
        this.elasticsearch = elasticsearch;
    }

    @Override
    public void open(OpenContext context) {
        indexed = KnownPolicies.indexed(elasticsearch);
        // the title is cleaned as the chain cleaned it before segmenting, so that text and tokens agree
        preparation = TextAnalysis.shared().preparation();
    }

    @Override
    public void processBroadcastElement(PolicyRecord policy, Context ctx, Collector<AnalyzedDocument> out) throws Exception {
        KnownPolicies.register(ctx.getBroadcastState(REGISTRY), policy);
        stale = true;
    }

    @Override
    public void processElement(EncodedDocument encoded, ReadOnlyContext ctx, Collector<AnalyzedDocument> out)
            throws Exception {
        AnalyzedDocument document = encoded.document();
        if (!TextAnalysis.isWrittenByCitizens(document.raw().kind())) {
            out.collect(document);
            return;
        }
        if (watch == null || stale) {
            watch = build(ctx.getBroadcastState(REGISTRY));
            stale = false;
        }
        LocalDate writtenOn = PolicyRecord.day(document.raw().publishedAt(), LocalDate.now(ZoneOffset.ofHours(8)));
        // the chain read the writer's title with the text: its tokens and vector are of the same words
        String title = preparation.clean(DocumentKind.writersTitle(document.raw().kind(), document.raw().title()));
        PolicyWatch.Verdict verdict = watch.watchAnalyzed(title, document.cleanText(), document.tokens(),
                encoded.vector(), writtenOn, document.raw().replyTo());
        out.collect(document.withPolicyWatch(verdict.policyIds(), verdict.misreading()));
    }

    private PolicyWatch build(ReadOnlyBroadcastState<String, PolicyRecord> registry) throws Exception {
        return new PolicyWatch(KnownPolicies.registry(indexed, registry));
    }
}
