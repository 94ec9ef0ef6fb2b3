package org.yuqing.alerts.lifecycle;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.OpType;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.yuqing.core.alert.AlertStatus;
import org.yuqing.core.naming.IndexNames;

/**
 * The alerts in Elasticsearch, one document per alert id. Every write is conditional on the document being the
 * one read ({@code if_seq_no}/{@code if_primary_term}) or, for a new alert, on there being none: when somebody
 * acknowledged the alert in between, the write fails and the change is applied again to what they wrote, so the
 * router never overwrites what people set, and people never overwrite each other.
 */
public final class AlertStore {

    /** A stored alert with the sequence number and primary term it was read at. */
    public record Versioned(StoredAlert stored, long seqNo, long primaryTerm) {
    }

    private static final int CONFLICT_RETRIES = 20;

    private final ElasticsearchClient client;
    private final String index;

    public AlertStore(ElasticsearchClient client) {
        this(client, IndexNames.ALERTS);
    }

    public AlertStore(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public Optional<Versioned> get(String id) {
        try {
            GetResponse<ObjectNode> response = client.get(g -> g.index(index).id(id), ObjectNode.class);
            if (!response.found() || response.source() == null) {
                return Optional.empty();
            }
            return Optional.of(new Versioned(StoredAlert.fromDocument(response.source()), response.seqNo(), response.primaryTerm()));
        } catch (ElasticsearchException e) {
            if ("index_not_found_exception".equals(e.error().type())) {
                return Optional.empty();
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read alert " + id + " from " + index, e);
        }
    }

    /**
     * Writes {@code next} if the alert is still as {@code current} was read (or still absent when
     * {@code current} is empty); false when somebody else wrote it in between.
     */
    public boolean write(Optional<Versioned> current, StoredAlert next) {
        String id = next.alert().id();
        try {
            client.index(i -> {
                i.index(index).id(id).document(next.toDocument());
                return current.isPresent()
                        ? i.ifSeqNo(current.get().seqNo()).ifPrimaryTerm(current.get().primaryTerm())
                        : i.opType(OpType.Create);
            });
            return true;
        } catch (ElasticsearchException e) {
            if (e.status() == 409) {
                return false;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write alert " + id + " to " + index, e);
        }
    }

    /**
     * Applies {@code change} to the stored alert and writes the result, again on the newer document when
     * somebody wrote in between. {@code change} may throw (a wrong transition, say): nothing is written then.
     */
    public StoredAlert update(String id, UnaryOperator<StoredAlert> change) {
        for (int attempt = 0; attempt < CONFLICT_RETRIES; attempt++) {
            Optional<Versioned> current = get(id);
            if (current.isEmpty()) {
                throw new UnknownAlertException(id);
            }
            StoredAlert next = change.apply(current.get().stored());
            if (write(current, next)) {
                return next;
            }
        }
        throw new IllegalStateException("alert " + id + " kept changing under " + CONFLICT_RETRIES + " attempts to update it");
    }

    public List<StoredAlert> search(AlertQuery query) {
        List<Query> filters = new ArrayList<>();
        if (query.status() != null) {
            filters.add(term("status", query.status().label()));
        }
        if (query.responsibleBody() != null) {
            filters.add(term("responsible_body", query.responsibleBody()));
        }
        if (query.overdueOnly()) {
            filters.add(Query.of(q -> q.term(t -> t.field("overdue").value(true))));
        }
        return find(filters, query.limit(), "raised_at", SortOrder.Desc);
    }

    /** Alerts awaiting their answer whose deadline passed before {@code now} and that were not escalated yet. */
    public List<StoredAlert> dueForEscalation(Instant now, int limit) {
        List<Query> filters = List.of(
                Query.of(q -> q.terms(t -> t.field("status").terms(v -> v.value(List.of(
                        FieldValue.of(AlertStatus.OPEN.label()), FieldValue.of(AlertStatus.ACKNOWLEDGED.label())))))),
                Query.of(q -> q.term(t -> t.field("overdue").value(false))),
                Query.of(q -> q.range(r -> r.untyped(u -> u.field("response_deadline").lt(JsonData.of(now.toString()))))));
        return find(filters, limit, "response_deadline", SortOrder.Asc);
    }

    private List<StoredAlert> find(List<Query> filters, int limit, String sortField, SortOrder order) {
        try {
            var response = client.search(s -> s.index(index).ignoreUnavailable(true).allowNoIndices(true)
                    .size(limit)
                    .query(q -> q.bool(b -> b.filter(filters)))
                    .sort(o -> o.field(f -> f.field(sortField).order(order).unmappedType(
                            co.elastic.clients.elasticsearch._types.mapping.FieldType.Date))), ObjectNode.class);
            List<StoredAlert> alerts = new ArrayList<>();
            for (Hit<ObjectNode> hit : response.hits().hits()) {
                alerts.add(StoredAlert.fromDocument(hit.source()));
            }
            return alerts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search " + index, e);
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
