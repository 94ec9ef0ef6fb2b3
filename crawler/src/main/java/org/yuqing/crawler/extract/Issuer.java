package org.yuqing.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issued a document: the body that signs it at its end (广东省人民政府办公厅 above 2020年6月5日), else the one
 * its heading names before 关于. A repost keeps the original document's signature and heading, so this names the
 * original issuer, not the site that republished it; a heading such as 某局转发某厅关于… names the one after 转发.
 */
final class Issuer {

    /** How the names of issuing bodies end. */
    private static final Pattern BODY_NAME = Pattern.compile(
            ".*(人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|局|厅|廳|部|署|院|委|办|辦|中心|小组|小組|总局|總局|公司|联合会|聯合會)$");
    private static final Pattern HEADING = Pattern.compile(
            "^(?:.*?(?:转发|轉發))?(\\p{IsHan}[\\p{IsHan}、\\s]{1,60}?)\\s*(?:关于|關於)");
    private static final int MAX_NAME = 40;
    /** Lines from the end of the body in which a signature is looked for. */
    private static final int SIGNATURE_LINES = 6;

    private Issuer() {
    }

    static Optional<String> of(String heading, List<String> bodyLines) {
        Optional<String> signed = signature(bodyLines);
        return signed.isPresent() ? signed : fromHeading(heading);
    }

    /** The names on the lines right above the last date line: 两个机关 sign on two lines, joined with 、. */
    static Optional<String> signature(List<String> lines) {
        int from = Math.max(0, lines.size() - SIGNATURE_LINES);
        for (int i = lines.size() - 1; i >= from; i--) {
            String line = lines.get(i).strip();
            if (isDateLine(line)) {
                List<String> names = new ArrayList<>();
                for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                    String name = lines.get(j).replaceAll("[\\s\\u3000]", "");
                    if (name.length() > MAX_NAME || !BODY_NAME.matcher(name).matches() || name.contains("：")) {
                        break;
                    }
                    names.add(0, name);
                }
                if (!names.isEmpty()) {
                    return Optional.of(String.join("、", names));
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> fromHeading(String heading) {
        if (heading == null) {
            return Optional.empty();
        }
        Matcher m = HEADING.matcher(heading.strip());
        if (m.find()) {
            String name = m.group(1).replaceAll("\\s+", "");
            if (BODY_NAME.matcher(name).matches()) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static boolean isDateLine(String line) {
        String bare = line.replaceAll("[\\s\\u3000（）()]", "");
        return bare.length() <= 16 && bare.endsWith("日") && ChineseDates.parse(bare).isPresent();
    }
}
