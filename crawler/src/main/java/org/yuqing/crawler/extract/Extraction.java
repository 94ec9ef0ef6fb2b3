package org.yuqing.crawler.extract;

import java.util.List;
import org.yuqing.core.document.RawDocument;

/** What a page yields: its documents (none for a list page) and the links to follow from it. */
public record Extraction(List<RawDocument> documents, List<String> links) {

    public Extraction {
        documents = List.copyOf(documents);
        links = List.copyOf(links);
    }
}
