package org.yuqing.jobs.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The policies comments are linked to. Immutable: registering a policy gives a new registry. */
public final class PolicyRegistry {

    private final Map<String, Policy> byId;
    private final Map<String, Policy> byDocNo;

    private PolicyRegistry(Map<String, Policy> byId) {
        this.byId = Collections.unmodifiableMap(byId);
        Map<String, Policy> docNos = new LinkedHashMap<>();
        byId.values().stream().filter(p -> p.docNo() != null).forEach(p -> docNos.put(p.docNo(), p));
        this.byDocNo = Collections.unmodifiableMap(docNos);
    }

    public static PolicyRegistry of(List<Policy> policies) {
        Map<String, Policy> byId = new LinkedHashMap<>();
        for (Policy policy : policies) {
            if (byId.putIfAbsent(policy.id(), policy) != null) {
                throw new IllegalArgumentException("policy registered twice: " + policy.id());
            }
        }
        return new PolicyRegistry(byId);
    }

    public PolicyRegistry with(Policy policy) {
        List<Policy> all = new ArrayList<>(byId.values());
        all.add(policy);
        return of(all);
    }

    public Optional<Policy> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Finds a policy by its number written in any bracket style. */
    public Optional<Policy> byDocNo(String docNo) {
        return Optional.ofNullable(byDocNo.get(DocNumbers.canonical(docNo)));
    }

    public List<Policy> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
