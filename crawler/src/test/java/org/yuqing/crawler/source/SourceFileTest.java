package org.yuqing.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yuqing.core.config.ConfigurationException;
import org.yuqing.core.document.DocumentKind;

class SourceFileTest {

    @TempDir
    Path dir;

    @Test
    void readsASiteFile() throws Exception {
        Source source = SourceFile.read(write("gov.yml", """
                name: 示例市人民政府
                seeds: [http://127.0.0.1:8080/zcwj/index.html]
                allowed_hosts: [127.0.0.1:8080]
                recrawl_interval: 6h
                max_pages: 200
                politeness: {min_delay: 1500ms, max_crawl_delay: 1m}
                list_pages:
                  - url: /zcwj/index(_\\d+)?\\.html$
                    links: ul.list a
                    next: a:contains(下一页)
                pages:
                  - url: /zcwj/content_
                    kind: policy
                  - url: /xwdt/
                    kind: interpretation
                    selectors: {title: h2.title, text: div.article, published_at: span.date}
                """));

        assertThat(source.name()).isEqualTo("示例市人民政府");
        assertThat(source.recrawlInterval()).isEqualTo(Duration.ofHours(6));
        assertThat(source.politeness().minDelay()).isEqualTo(Duration.ofMillis(1500));
        assertThat(source.politeness().maxCrawlDelay()).isEqualTo(Duration.ofMinutes(1));
        assertThat(source.maxPages()).isEqualTo(200);
        assertThat(source.listPageRule("http://127.0.0.1:8080/zcwj/index_2.html")).get()
                .extracting(ListPageRule::links).isEqualTo("ul.list a");
        assertThat(source.pageRule("http://127.0.0.1:8080/xwdt/1.html")).get()
                .satisfies(rule -> assertThat(rule.kind()).isEqualTo(DocumentKind.INTERPRETATION));
        assertThat(source.inScope("http://127.0.0.1:8080/zcwj/content_1.html")).isTrue();
        assertThat(source.inScope("http://127.0.0.1:8080/login.html")).isFalse();
        assertThat(source.inScope("http://elsewhere.example/zcwj/content_1.html")).isFalse();
    }

    @Test
    void theHostsOfTheSeedsAreAllowedWhenTheFileNamesNone() throws Exception {
        Source source = SourceFile.read(write("min.yml", "seeds: [http://127.0.0.1:9/index.html]\n"));

        assertThat(source.allowedHosts()).containsExactly("127.0.0.1:9");
        assertThat(source.name()).isEqualTo("127.0.0.1:9");
    }

    @Test
    void aDirectoryHoldsOneFilePerSite() throws Exception {
        write("b.yml", "name: 乙市\nseeds: [http://127.0.0.1:2/]\n");
        write("a.yaml", "name: 甲市\nseeds: [http://127.0.0.1:1/]\n");
        write("notes.txt", "not a source");

        assertThat(SourceFile.readAll(dir)).extracting(Source::name).containsExactly("甲市", "乙市");
    }

    @Test
    void twoFilesNamingTheSameSourceFail() throws Exception {
        write("a.yml", "name: 甲市\nseeds: [http://127.0.0.1:1/]\n");
        write("b.yml", "name: 甲市\nseeds: [http://127.0.0.1:2/]\n");

        assertThatThrownBy(() -> SourceFile.readAll(dir)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("b.yml").hasMessageContaining("'name'").hasMessageContaining("a.yml");
    }

    @Test
    void aBadFileFailsNamingTheFileTheKeyAndWhatWasExpected() throws Exception {
        assertFails("seeds: [http://a.example/]\npoliteness: {min_delay: fast}\n",
                "politeness.min_delay", "must be a duration such as 500ms", "fast");
        assertFails("seeds: [http://a.example/]\nrecrawl: 6h\n", "recrawl", "is not a known key", "recrawl_interval");
        assertFails("name: x\n", "seeds", "is required", "");
        assertFails("seeds: [ftp://a.example/]\n", "seeds", "must be an http:// or https:// URL", "ftp://a.example/");
        assertFails("seeds: [http://a.example/]\nallowed_hosts: [b.example]\n", "seeds", "must be on one of allowed_hosts", "");
        assertFails("seeds: [http://a.example/]\npages: [{url: /p/, kind: news}]\n", "pages[0].kind", "must be one of policy", "news");
        assertFails("seeds: [http://a.example/]\npages: [{url: /p/, kind: policy, selectors: {title: 'h1[[['}}]\n",
                "pages[0].selectors.title", "must be a CSS selector", "");
        assertFails("seeds: [http://a.example/]\nlist_pages: [{url: '/list(', links: a}]\n", "list_pages[0].url",
                "must be a regular expression", "");
        assertFails("seeds: [http://a.example/]\nmax_pages: -1\n", "max_pages", "must be a whole number above 0", "-1");
        assertFails("seeds: http://a.example/\n", "seeds", "must be a list", "");
        assertFails("seeds: [http://a.example/]\npages: [{url: /p/, kind: policy, selectors: {titel: h1}}]\n",
                "pages[0].selectors.titel", "is not a known key", "pages[0].selectors.title");
        assertFails("seeds: [http://a.example/]\npoliteness: {max_attempts: 0}\n",
                "politeness.max_attempts", "must be a whole number above 0", "0");
    }

    @Test
    void theSitesThatShipWithTheProjectRead() {
        assertThat(SourceFile.readAll(Path.of("../sources"))).isNotEmpty();
    }

    private void assertFails(String yaml, String key, String expected, String found) throws Exception {
        Path file = write("bad.yml", yaml);
        assertThatThrownBy(() -> SourceFile.read(file))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("'" + key + "'")
                .hasMessageContaining(expected)
                .hasMessageContaining(found);
    }

    private Path write(String name, String yaml) throws Exception {
        return Files.writeString(dir.resolve(name), yaml);
    }
}
