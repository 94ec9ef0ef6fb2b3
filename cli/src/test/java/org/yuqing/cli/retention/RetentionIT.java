package org.yuqing.cli.retention;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;
import picocli.CommandLine;

/**
 * {@code ./yuqing retention} on the real Elasticsearch, over this test's own monthly indices: the months older
 * than the period are dropped, the current month and the undated index never are, and a dry run drops nothing.
 */
class RetentionIT {

    private static final URI ELASTICSEARCH = URI.create(System.getProperty("yuqing.elasticsearch", "http://127.0.0.1:9200"));
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy.MM");

    private final String prefix = "it-retention-" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final RestClientTransport transport = ElasticsearchClients.transport(ELASTICSEARCH, null);
    private final ElasticsearchClient elasticsearch = new ElasticsearchClient(transport);

    @Test
    void dropsTheMonthsBeforeThePeriodAndKeepsTheCurrentMonthAndTheUndatedIndex() throws Exception {
        YearMonth now = YearMonth.now(ZoneOffset.ofHours(8));
        for (int monthsAgo = 0; monthsAgo <= 5; monthsAgo++) {
            create(prefix + now.minusMonths(monthsAgo).format(MONTH));
        }
        create(prefix + "undated");
        create(prefix + now.plusMonths(1).format(MONTH)); // a document dated ahead by its site is not old

        String dryRun = run("--keep-months", "3", "--dry-run");
        assertThat(dryRun).contains("would drop " + prefix + now.minusMonths(5).format(MONTH) + " (1 documents)")
                .contains("would drop 3 index(es)");
        assertThat(remaining()).hasSize(8);

        String output = run("--keep-months", "3");
        assertThat(output).contains("dropping " + prefix + now.minusMonths(3).format(MONTH))
                .contains("dropped 3 index(es) older than the last 3 month(s)");
        assertThat(remaining()).containsExactlyInAnyOrder(prefix + now.format(MONTH),
                prefix + now.minusMonths(1).format(MONTH), prefix + now.minusMonths(2).format(MONTH),
                prefix + "undated", prefix + now.plusMonths(1).format(MONTH));

        assertThat(run("--keep-months", "1")).contains("dropped 2 index(es)");
        assertThat(remaining()).containsExactlyInAnyOrder(prefix + now.format(MONTH), prefix + "undated",
                prefix + now.plusMonths(1).format(MONTH));
    }

    @Test
    void aPeriodThatWouldDropTheCurrentMonthIsRefused() {
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new RetentionCommand()).setErr(new PrintWriter(err))
                .execute("--keep-months", "0", "--index-prefix", prefix);
        assertThat(exit).isNotZero();
        assertThat(err.toString()).contains("--keep-months must be at least 1");
    }

    private void create(String index) throws Exception {
        elasticsearch.indices().create(c -> c.index(index));
        elasticsearch.index(i -> i.index(index).id("1").document(Map.of("n", 1)).refresh(Refresh.True));
    }

    private List<String> remaining() throws Exception {
        return new ArrayList<>(elasticsearch.indices().get(g -> g.index(prefix + "*")).result().keySet());
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--index-prefix");
        all.add(prefix);
        int exit = new CommandLine(new RetentionCommand()).setOut(new PrintWriter(out)).execute(all.toArray(String[]::new));
        assertThat(exit).as("exit status, output: %s", out).isZero();
        return out.toString();
    }

    @AfterEach
    void dropWhatIsLeft() throws Exception {
        for (String index : remaining()) {
            elasticsearch.indices().delete(d -> d.index(index));
        }
        transport.close();
    }
}
