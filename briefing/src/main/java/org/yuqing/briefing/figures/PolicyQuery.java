package org.yuqing.briefing.figures;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yuqing.briefing.week.BriefingWeek;

/**
 * Policies published in the week and policies the public discussed in it, with the clauses it misread. A policy
 * is a document of kind {@code policy}; comments point to it by its id in {@code policy_ids} and
 * {@code misreading.policy_id}.
 */
final class PolicyQuery {

    private static final int DISCUSSED = 10;
    private static final int CLAUSES = 3;

    private final IndexSearch index;

    PolicyQuery(IndexSearch index) {
        this.index = index;
    }

    List<PolicyFigure> of(BriefingWeek week, String region) throws IOException {
        Map<String, PolicyDocument> published = policies(List.of(
                WeekFilters.term("kind", "policy"), WeekFilters.within("published_at", week)), 100);
        var response = index.search(s -> s
                .size(0)
                .query(q -> q.bool(b -> b.filter(WeekFilters.publicWordsOf(week, region))))
                .aggregations("mentions", a -> a.terms(t -> t.field("policy_ids").size(DISCUSSED)))
                .aggregations("misread", a -> a
                        .filter(f -> f.term(t -> t.field("misreading.flag").value(true)))
                        .aggregations("policies", p -> p
                                .terms(t -> t.field("misreading.policy_id").size(DISCUSSED))
                                .aggregations("clauses", c -> c
                                        .terms(t -> t.field("misreading.clause.keyword").size(CLAUSES))
                                        .aggregations("kinds", k -> k.terms(t -> t.field("misreading.kind").size(1)))))),
                Void.class);
        Map<String, Long> mentions = new LinkedHashMap<>();
        Map<String, Long> misreadings = new LinkedHashMap<>();
        Map<String, List<PolicyFigure.MisreadClause>> clauses = new LinkedHashMap<>();
        if (!response.aggregations().isEmpty()) {
            DocumentMixQuery.counts(response.aggregations().get("mentions")).forEach(c -> mentions.put(c.key(), c.count()));
            Aggregate misread = response.aggregations().get("misread").filter().aggregations().get("policies");
            for (StringTermsBucket policy : misread.sterms().buckets().array()) {
                String id = policy.key().stringValue();
                misreadings.put(id, policy.docCount());
                clauses.put(id, misreadClauses(policy.aggregations().get("clauses")));
            }
        }
        List<String> discussedIds = new ArrayList<>(mentions.keySet());
        misreadings.keySet().stream().filter(id -> !mentions.containsKey(id)).forEach(discussedIds::add);
        Map<String, PolicyDocument> discussed = discussedIds.isEmpty() ? Map.of() : policies(List.of(
                WeekFilters.term("kind", "policy"),
                Query.of(q -> q.terms(t -> t.field("id").terms(v -> v.value(
                        discussedIds.stream().map(FieldValue::of).toList()))))), discussedIds.size());

        Map<String, PolicyFigure> figures = new LinkedHashMap<>();
        for (String id : discussedIds) {
            PolicyDocument policy = discussed.getOrDefault(id, published.get(id));
            figures.put(id, new PolicyFigure(id, policy == null ? id : policy.title(),
                    policy == null ? null : policy.docNo(), policy == null ? null : policy.issuer(),
                    published.containsKey(id), mentions.getOrDefault(id, 0L), misreadings.getOrDefault(id, 0L),
                    clauses.getOrDefault(id, List.of())));
        }
        for (PolicyDocument policy : published.values()) {
            figures.putIfAbsent(policy.id(), new PolicyFigure(policy.id(), policy.title(), policy.docNo(),
                    policy.issuer(), true, 0, 0, List.of()));
        }
        return figures.values().stream()
                .sorted(Comparator.comparingLong(PolicyFigure::misreadings).reversed()
                        .thenComparing(Comparator.comparingLong(PolicyFigure::mentions).reversed()))
                .toList();
    }

    private static List<PolicyFigure.MisreadClause> misreadClauses(Aggregate terms) {
        List<PolicyFigure.MisreadClause> clauses = new ArrayList<>();
        for (StringTermsBucket clause : terms.sterms().buckets().array()) {
            List<Count> kinds = DocumentMixQuery.counts(clause.aggregations().get("kinds"));
            clauses.add(new PolicyFigure.MisreadClause(clause.key().stringValue(), clause.docCount(),
                    kinds.isEmpty() ? null : kinds.get(0).key()));
        }
        return clauses;
    }

    private Map<String, PolicyDocument> policies(List<Query> filters, int size) throws IOException {
        List<PolicyDocument> found = index.sources(s -> s
                .size(size)
                .query(q -> q.bool(b -> b.filter(filters)))
                .source(src -> src.filter(f -> f.includes("id", "title", "doc_no", "issuer"))),
                PolicyDocument.class);
        Map<String, PolicyDocument> policies = new LinkedHashMap<>();
        found.forEach(policy -> policies.put(policy.id(), policy));
        return policies;
    }

    record PolicyDocument(String id, String title, String docNo, String issuer) {
    }
}
