package org.yuqing.cli.retention;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.cat.indices.IndicesRecord;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monthly document indices ({@code <prefix>YYYY.MM}) and which of them fall outside a retention period. This
 * Elasticsearch build has no ILM, so retention is dropping whole months. The current month (China time) is never
 * dropped, however short the period, and neither is any index whose name carries no month (the undated one).
 */
public final class MonthlyIndices {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final ElasticsearchClient client;
    private final String prefix;
    private final Pattern monthly;

    /** @param prefix what comes before the month, {@code yuqing-docs-} for the documents */
    public MonthlyIndices(ElasticsearchClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
        this.monthly = Pattern.compile(Pattern.quote(prefix) + "(\\d{4})\\.(\\d{2})");
    }

    /** An index and the month it holds, with its document count for the report. */
    public record MonthlyIndex(String name, YearMonth month, long documents) {
    }

    /** The monthly indices older than the {@code keepMonths} most recent months, counting the current one, oldest first. */
    public List<MonthlyIndex> expired(int keepMonths, Clock clock) throws IOException {
        if (keepMonths < 1) {
            throw new IllegalArgumentException("--keep-months must be at least 1 (the current month is always kept), was " + keepMonths);
        }
        YearMonth oldestKept = YearMonth.now(clock.withZone(CHINA)).minusMonths(keepMonths - 1L);
        List<MonthlyIndex> expired = new ArrayList<>();
        for (IndicesRecord index : client.cat().indices(c -> c.index(prefix + "*")).valueBody()) {
            monthOf(index.index())
                    .filter(month -> month.isBefore(oldestKept))
                    .ifPresent(month -> expired.add(new MonthlyIndex(index.index(), month, documents(index))));
        }
        expired.sort(Comparator.comparing(MonthlyIndex::month));
        return expired;
    }

    /** Deletes them by name: this cluster, like any sane one, refuses wildcard deletes. */
    public void drop(List<MonthlyIndex> indices) throws IOException {
        for (MonthlyIndex index : indices) {
            client.indices().delete(d -> d.index(index.name()));
        }
    }

    Optional<YearMonth> monthOf(String index) {
        Matcher m = monthly.matcher(index);
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month)) : Optional.empty();
    }

    private static long documents(IndicesRecord index) {
        return index.docsCount() == null ? 0 : Long.parseLong(index.docsCount());
    }
}
