package org.yuqing.crawler.emit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yuqing.core.document.RawDocument;
import org.yuqing.core.json.Json;

/** Writes one JSON document per line. */
public final class JsonLinesDocumentSink implements DocumentSink {

    private final BufferedWriter out;

    public JsonLinesDocumentSink(Path file) throws IOException {
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    @Override
    public void accept(RawDocument document) throws IOException {
        out.write(Json.write(document));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
