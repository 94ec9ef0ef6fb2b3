package org.yuqing.cli.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.config.ConfigurationException;
import picocli.CommandLine;

class CrawlCommandTest {

    @TempDir
    Path dir;
    private OnePolicySite site;

    @BeforeEach
    void serve() throws Exception {
        site = OnePolicySite.start();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void crawlsASourcesFileOnceAndARestartEmitsNothingUnchanged() throws Exception {
        Path sources = site.sourcesFile(dir, "示例市");
        Path first = dir.resolve("first.jsonl");
        Path second = dir.resolve("second.jsonl");

        assertThat(run("--sources", sources.toString(), "--once", "--state-dir", dir.resolve("state").toString(),
                "--out", first.toString())).isZero();
        assertThat(run("--sources", sources.toString(), "--once", "--state-dir", dir.resolve("state").toString(),
                "--out", second.toString())).isZero();

        List<String> records = Files.readAllLines(first);
        assertThat(records).singleElement().asString()
                .contains("\"kind\":\"policy\"", "\"source\":\"示例市\"", "\"doc_no\":\"示政〔2026〕8号\"",
                        "\"published_at\":\"2026-11-20\"", "\"integrity\":{\"hijacked\":false,\"evidence\":[]}");
        assertThat(Files.readAllLines(second)).isEmpty();
    }

    @Test
    void aBadSourcesFileIsAConfigurationErrorNamingTheFileAndKey() throws Exception {
        Path sources = Files.writeString(dir.resolve("bad.yml"), "seeds: [http://127.0.0.1:9/]\npoliteness: {min_delay: soon}\n");
        CommandLine command = new CommandLine(new CrawlCommand());
        Exception[] thrown = new Exception[1];
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            thrown[0] = e;
            return 2;
        });

        assertThat(command.execute("--sources", sources.toString(), "--once")).isEqualTo(2);
        assertThat(thrown[0]).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("bad.yml").hasMessageContaining("'politeness.min_delay'");
    }

    @Test
    void seedAndSourcesTogetherAreRefused() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CrawlCommand()).setErr(new PrintWriter(err));

        assertThat(command.execute("--seed", "http://127.0.0.1:9/", "--sources", "x.yml")).isNotZero();
        assertThat(err.toString()).contains("either --seed URL or --sources FILE.yml");
    }

    @Test
    void aStateStoreOtherThanFileOrElasticsearchIsRefused() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CrawlCommand()).setErr(new PrintWriter(err));

        assertThat(command.execute("--sources", "x.yml", "--state-store", "kafka")).isNotZero();
        assertThat(err.toString()).contains("--state-store: file or elasticsearch, not 'kafka'");
    }

    @Test
    void aStateDirWithTheElasticsearchStoreIsRefusedRatherThanIgnored() {
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new CrawlCommand()).setErr(new PrintWriter(err));

        assertThat(command.execute("--sources", "x.yml", "--state-store", "elasticsearch", "--state-dir", "state"))
                .isNotZero();
        assertThat(err.toString()).contains("--state-dir goes with --state-store file");
    }

    private static int run(String... args) {
        return new CommandLine(new CrawlCommand()).execute(args);
    }
}
