package org.yuqing.cli.crawl;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.nio.file.Path;
import org.yuqing.core.config.ElasticsearchConnection;
import org.yuqing.crawler.frontier.HostPartition;
import org.yuqing.crawler.state.CrawlState;
import org.yuqing.crawler.state.ElasticsearchCrawlState;
import org.yuqing.crawler.state.FileCrawlState;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;

/** Where {@code crawl --sources} keeps each source's crawl state ({@code --state-store}), and what it must close. */
interface CrawlStateStore extends AutoCloseable {

    CrawlState open(String source) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * A file per source under {@code directory}. An instance of several keeps its own directory, since each
     * remembers only the hosts it crawls.
     */
    static CrawlStateStore files(Path directory, HostPartition partition) {
        Path states = partition.count() > 1
                ? directory.resolve("instance-" + (partition.index() + 1) + "-of-" + partition.count())
                : directory;
        return new CrawlStateStore() {
            @Override
            public CrawlState open(String source) throws IOException {
                return FileCrawlState.open(states, source);
            }

            @Override
            public void close() {
            }
        };
    }

    /**
     * The {@code yuqing-crawler-state} index, keyed by source alone: when the hosts are split among more or fewer
     * instances, a host's new owner knows what the old one emitted.
     */
    static CrawlStateStore elasticsearch(ElasticsearchConnection connection) {
        ElasticsearchClient client = ElasticsearchClients.blocking(connection);
        return new CrawlStateStore() {
            @Override
            public CrawlState open(String source) throws IOException {
                return ElasticsearchCrawlState.open(client, source);
            }

            @Override
            public void close() throws IOException {
                client.close();
            }
        };
    }
}
