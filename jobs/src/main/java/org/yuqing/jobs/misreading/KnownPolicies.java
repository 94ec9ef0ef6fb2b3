package org.yuqing.jobs.misreading;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuqing.core.config.ElasticsearchConnection;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yuqing.jobs.eventtime.EventTime;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyFactory;
import org.yuqing.jobs.policy.PolicyRecord;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * The policies an operator of the policy watch knows: those already indexed when it opened, and those broadcast
 * to it since ({@link PolicyWatchOperator#REGISTRY}), the broadcast ones winning when a policy is in both. A policy's
 * interpretation, crawled as a page of its own, joins the policy's record, so that alerts can quote it.
 */
public final class KnownPolicies {

    private static final Logger LOG = LoggerFactory.getLogger(KnownPolicies.class);

    private KnownPolicies() {
    }

    /** The policies already in Elasticsearch, or none when it cannot be read. */
    public static List<PolicyRecord> indexed(ElasticsearchConnection elasticsearch) {
        try {
            return StoredPolicies.load(elasticsearch);
        } catch (IOException | RuntimeException e) {
            // The stream still registers every policy that passes; only older ones are missed until a restart.
            LOG.warn("cannot read the policies already indexed; starting with those in the stream", e);
            return List.of();
        }
    }

    /** Adds a policy, or its interpretation, to the broadcast registry. */
    public static void register(BroadcastState<String, PolicyRecord> registry, PolicyRecord record) throws Exception {
        PolicyRecord known = registry.get(record.id());
        registry.put(record.id(), known == null ? record : known.mergedWith(record));
    }

    /** Reads the clauses and facts of every known policy with a text: costly, so once per change of the set. */
    public static PolicyRegistry registry(List<PolicyRecord> indexed,
                                          ReadOnlyBroadcastState<String, PolicyRecord> broadcast) throws Exception {
        Map<String, PolicyRecord> byId = new LinkedHashMap<>();
        indexed.forEach(policy -> byId.merge(policy.id(), policy, PolicyRecord::mergedWith));
        for (Map.Entry<String, PolicyRecord> entry : broadcast.immutableEntries()) {
            byId.merge(entry.getKey(), entry.getValue(), PolicyRecord::mergedWith);
        }
        PolicyFactory factory = new PolicyFactory();
        LocalDate today = LocalDate.now(EventTime.CHINA);
        List<Policy> policies = new ArrayList<>();
        for (PolicyRecord policy : byId.values()) {
            if (policy.text() != null) {
                policies.add(policy.toPolicy(factory, today));
            }
        }
        return PolicyRegistry.of(policies);
    }
}
