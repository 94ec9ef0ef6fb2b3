package org.yuqing.crawler.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yuqing.crawler.fetch.Validators;

/**
 * Crawl state in one file per source under a state directory, so that a restarted crawler does not emit again
 * what it already emitted unchanged. The file is a log of JSON lines, appended and forced to disk on each
 * commit; reading it back, the last line about a page or document wins, and a line cut short by a crash is
 * skipped. When the log has grown to twice what it describes, it is rewritten on opening.
 *
 * <p>Good for one crawler process per source on one machine; crawlers spread over machines share
 * {@link ElasticsearchCrawlState} instead.
 */
public final class FileCrawlState extends InMemoryCrawlState {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    private FileCrawlState(Path file) {
        this.file = file;
    }

    /** Opens (or starts) the state of one source in the directory. */
    public static FileCrawlState open(Path directory, String sourceName) throws IOException {
        Files.createDirectories(directory);
        FileCrawlState state = new FileCrawlState(directory.resolve(safeName(sourceName) + ".state.jsonl"));
        int lines = state.load();
        if (lines > 2 * (state.pages.size() + state.emitted.size()) + 100) {
            state.rewrite();
        }
        return state;
    }

    public Path file() {
        return file;
    }

    /** Appends the records as lines and forces them to disk. */
    @Override
    protected void persist(Map<String, PageState> recordedPages, Map<String, String> recordedEmitted)
            throws IOException {
        List<String> lines = new ArrayList<>();
        recordedPages.forEach((url, state) -> lines.add(pageLine(url, state)));
        recordedEmitted.forEach((documentId, hash) -> lines.add(documentLine(documentId, hash)));
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            channel.write(StandardCharsets.UTF_8.encode(String.join("\n", lines) + "\n"));
            channel.force(false);
        }
    }

    private int load() throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        int count = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            count++;
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException e) {
                continue; // the last line of a crash; what it recorded is re-done by the next crawl
            }
            if (node == null) {
                continue;
            }
            if (node.hasNonNull("page")) {
                pages.put(node.get("page").asText(), new PageState(
                        new Validators(node.path("etag").textValue(), node.path("last_modified").textValue()),
                        node.path("body_hash").textValue(), node.path("had_documents").asBoolean()));
            } else if (node.hasNonNull("document")) {
                emitted.put(node.get("document").asText(), node.path("hash").asText());
            }
        }
        return count;
    }

    /** Writes what the log describes, one line each, and swaps it in atomically. */
    private void rewrite() throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, PageState> page : pages.entrySet()) {
                out.write(pageLine(page.getKey(), page.getValue()));
                out.newLine();
            }
            for (Map.Entry<String, String> document : emitted.entrySet()) {
                out.write(documentLine(document.getKey(), document.getValue()));
                out.newLine();
            }
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String pageLine(String url, PageState state) {
        ObjectNode line = JSON.createObjectNode().put("page", url)
                .put("etag", state.validators().etag()).put("last_modified", state.validators().lastModified())
                .put("body_hash", state.bodyHash()).put("had_documents", state.hadDocuments());
        return line.toString();
    }

    private static String documentLine(String documentId, String changeHash) {
        return JSON.createObjectNode().put("document", documentId).put("hash", changeHash).toString();
    }

    /** A source name as a file name: 示例市 and www.gov.cn stay readable; slashes and the like do not survive. */
    static String safeName(String sourceName) {
        return sourceName.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }
}
