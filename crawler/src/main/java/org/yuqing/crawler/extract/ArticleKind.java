package org.yuqing.crawler.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.yuqing.core.document.DocumentKind;

/**
 * What an article page is. An interpretation explains a named policy: its heading says 解读, 图解, 问答, 一图读懂
 * or 答记者问, or it links to the policy's 原文. A policy is a document with its own number (粤府办〔2020〕10号 on a
 * line of its own near the top, or in the source line) and an issuer. Anything else is an article.
 */
final class ArticleKind {

    private static final Pattern EXPLAINS = Pattern.compile(
            "解读|解讀|图解|圖解|问答|問答|一图读懂|一圖讀懂|一图看懂|一圖看懂|答记者问|答記者問|政策吹风|政策吹風");
    private static final Pattern ORIGINAL = Pattern.compile("原文");
    /** The number line comes right under the heading, which a repost may repeat on up to three lines above it. */
    private static final int NUMBER_LINES = 6;

    /** The kind, and for a policy its number and issuer. */
    record Verdict(DocumentKind kind, String docNo, String issuer) {
    }

    private ArticleKind() {
    }

    static Verdict of(String heading, List<String> bodyLines, String portalLine, Element area) {
        if (heading != null && EXPLAINS.matcher(heading).find()) {
            return new Verdict(DocumentKind.INTERPRETATION, null, null);
        }
        Optional<String> number = ownNumber(bodyLines, portalLine);
        if (number.isPresent()) {
            Optional<String> issuer = Issuer.of(heading, bodyLines);
            if (issuer.isPresent()) {
                return new Verdict(DocumentKind.POLICY, number.get(), issuer.get());
            }
        }
        if (linksToOriginal(area)) {
            return new Verdict(DocumentKind.INTERPRETATION, null, null);
        }
        return new Verdict(DocumentKind.ARTICLE, null, null);
    }

    private static Optional<String> ownNumber(List<String> bodyLines, String portalLine) {
        for (int i = 0; i < Math.min(NUMBER_LINES, bodyLines.size()); i++) {
            Optional<String> number = DocumentNumber.ownLine(bodyLines.get(i));
            if (number.isPresent()) {
                return number;
            }
        }
        if (portalLine != null && Pattern.compile("文号|文號|字号|字號").matcher(portalLine).find()) {
            return DocumentNumber.find(portalLine);
        }
        return Optional.empty();
    }

    private static boolean linksToOriginal(Element area) {
        if (area == null) {
            return false;
        }
        for (Element link : area.select("a[href]")) {
            if (ORIGINAL.matcher(link.text()).find()) {
                return true;
            }
        }
        return false;
    }
}
