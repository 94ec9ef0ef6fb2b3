package org.yuqing.crawler.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number an issuing body gives a document (发文字号), as 粤府办〔2020〕10号 or 國辦發〔2019〕54號: the issuer's
 * abbreviation, the year in brackets of any of the shapes portals type, and the serial number.
 */
final class DocumentNumber {

    private static final Pattern NUMBER = Pattern.compile(
            "(\\p{IsHan}{1,12}?)\\s*[〔\\[［【(（]\\s*((?:19|20)\\d{2})\\s*[〕\\]］】)）]\\s*(\\d{1,5})\\s*([号號])");
    /** Characters that open a line but are no part of the number: 第, quotes and brackets. */
    private static final Pattern LEADING_NOISE = Pattern.compile("^[（(《“\"]+");
    /** A line is the document's own number line when the number fills most of it. */
    private static final double SHARE_OF_LINE = 0.6;

    private DocumentNumber() {
    }

    /** The first document number anywhere in the text. */
    static Optional<String> find(String text) {
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        return m.find() ? Optional.of(format(m)) : Optional.empty();
    }

    /**
     * The number of the document itself: a line of its own near the top (centred under the heading), not one that
     * a sentence cites, as in 按照《…意见》（国办发〔2017〕35号）.
     */
    static Optional<String> ownLine(String line) {
        String bare = LEADING_NOISE.matcher(line.replaceAll("[\\s\\u3000]", "")).replaceAll("");
        Matcher m = NUMBER.matcher(bare);
        if (m.find() && m.start() == 0 && (double) (m.end() - m.start()) / bare.length() >= SHARE_OF_LINE) {
            return Optional.of(format(m));
        }
        return Optional.empty();
    }

    private static String format(Matcher m) {
        String open = "〔";
        String close = "〕";
        return m.group(1) + open + m.group(2) + close + m.group(3) + m.group(4);
    }
}
