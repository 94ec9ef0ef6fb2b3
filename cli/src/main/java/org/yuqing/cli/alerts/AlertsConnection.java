package org.yuqing.cli.alerts;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.yuqing.core.config.Settings;
import org.yuqing.core.config.SettingsLoader;
import org.yuqing.jobs.elasticsearch.ElasticsearchClients;

/** The Elasticsearch the settings name, for one command's run. */
final class AlertsConnection implements AutoCloseable {

    private final RestClientTransport transport;
    private final ElasticsearchClient client;

    AlertsConnection(Path config) {
        Settings settings = SettingsLoader.load(config, System.getenv());
        this.transport = ElasticsearchClients.transport(settings.elasticsearch());
        this.client = new ElasticsearchClient(transport);
    }

    ElasticsearchClient client() {
        return client;
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
