package org.yuqing.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.yuqing.core.document.Integrity;
import org.yuqing.core.text.InjectedPinyin;
import org.yuqing.core.text.SpamTitle;

/**
 * Hijackers rewrite a page's meta keywords, description and ArticleTitle along with its {@code <title>}, for the
 * search engines that read them; each one that advertises what a government page never does is evidence.
 */
final class SpamMeta {

    private static final List<String> NAMES = List.of("keywords", "description", "ArticleTitle");

    private SpamMeta() {
    }

    static Integrity addTo(Integrity integrity, Document page, String heading) {
        List<String> evidence = new ArrayList<>(integrity.evidence());
        for (String name : NAMES) {
            Element meta = page.selectFirst("meta[name=" + name + "]");
            if (meta == null) {
                continue;
            }
            String content = InjectedPinyin.strip(meta.attr("content"));
            Optional<String> reason = SpamTitle.reason(content, name.equals("ArticleTitle") ? heading : null);
            reason.ifPresent(r -> evidence.add("spam meta " + name + ": " + r));
        }
        return evidence.size() == integrity.evidence().size() ? integrity : Integrity.hijacked(evidence);
    }
}
