package org.yuqing.jobs.policy;

import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.yuqing.core.document.DocumentKind;
import org.yuqing.core.document.RawDocument;

/**
 * Keeps, per policy, the policy and the ids of the interpretations that point to it ({@code reply_to}), and
 * emits the policy's document whenever either changes. They arrive in any order (Kafka partitions by document
 * id), so an interpretation that comes first waits in state for its policy. Policies are few; the state is small.
 */
public final class PolicyWithInterpretations extends KeyedProcessFunction<String, RawDocument, PolicyDocument> {

    private static final long serialVersionUID = 1L;

    private transient ValueState<PolicyDocument> policy;
    private transient ValueState<List<String>> interpretations;
    private transient PolicyFactory factory;

    /** Policies and the interpretations that name their policy. */
    public static boolean concernsAPolicy(RawDocument document) {
        return document.kind() == DocumentKind.POLICY
                || (document.kind() == DocumentKind.INTERPRETATION && document.replyTo() != null);
    }

    /** The policy a document belongs to: its own id, or the policy an interpretation explains. */
    public static KeySelector<RawDocument, String> byPolicy() {
        return document -> document.kind() == DocumentKind.POLICY ? document.id() : document.replyTo();
    }

    @Override
    public void open(OpenContext context) {
        policy = getRuntimeContext().getState(new ValueStateDescriptor<>("policy", PolicyDocument.class));
        interpretations = getRuntimeContext().getState(
                new ValueStateDescriptor<>("interpretation-ids", Types.LIST(Types.STRING)));
        factory = new PolicyFactory();
    }

    @Override
    public void processElement(RawDocument document, Context ctx, Collector<PolicyDocument> out) throws Exception {
        List<String> ids = interpretations.value() == null ? List.of() : interpretations.value();
        if (document.kind() == DocumentKind.POLICY) {
            PolicyDocument read = PolicyDocument.of(document, factory, ids);
            policy.update(read);
            out.collect(read);
            return;
        }
        if (ids.contains(document.id())) {
            return;
        }
        List<String> more = new ArrayList<>(ids);
        more.add(document.id());
        interpretations.update(List.copyOf(more));
        if (policy.value() != null) {
            PolicyDocument updated = policy.value().withInterpretations(more);
            policy.update(updated);
            out.collect(updated);
        }
    }
}
