package org.yuqing.crawler.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who issued a document: the body that signs it (广东省人民政府办公厅 above 2020年6月5日), else the one its heading
 * names before 关于. A repost keeps the original document's signature and heading, so this names the original
 * issuer, not the site that republished it.
 */
final class Issuer {

    /** How the names of issuing bodies end. */
    private static final Pattern BODY_NAME = Pattern.compile(
            ".*(人民政府|政府|办公厅|辦公廳|办公室|辦公室|委员会|委員會|局|厅|廳|部|署|院|委|办|辦|中心|小组|小組|总局|總局|公司|联合会|聯合會)$");
    /** 某厅关于…, 某厅转发某部关于… (the one that forwards issues the notice), 某厅印发…. */
    private static final Pattern HEADING = Pattern.compile(
            "^(\\p{IsHan}[\\p{IsHan}、\\s]{1,60}?)\\s*(?:关于|關於|转发|轉發|印发|印發)");
    private static final Pattern FORWARDS = Pattern.compile("转发|轉發");
    private static final int MAX_NAME = 40;
    private static final int MAX_DATE_LINE = 40;
    private static final Pattern DATE_NOISE = Pattern.compile("[\\s\\u3000（）()]");

    private Issuer() {
    }

    static Optional<String> of(String heading, List<String> bodyLines) {
        if (heading != null && FORWARDS.matcher(heading).find()) {
            // 国务院办公厅转发国家教委关于…的通知: the forwarded document's signature may be the only one printed.
            Optional<String> forwarder = fromHeading(heading);
            if (forwarder.isPresent()) {
                return forwarder;
            }
        }
        Optional<String> signed = signature(bodyLines);
        return signed.isPresent() ? signed : fromHeading(heading);
    }

    /**
     * The names on the lines right above the first date line that follows a name: 两个机关 sign on two lines or
     * on one, and are joined with 、. The first, because a 转发 notice is signed before the document it forwards,
     * which carries its own drafter's signature further down.
     */
    static Optional<String> signature(List<String> lines) {
        for (int i = 1; i < lines.size(); i++) {
            if (!isDateLine(lines.get(i).strip())) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
                List<String> onLine = names(lines.get(j));
                if (onLine.isEmpty()) {
                    break;
                }
                names.addAll(0, onLine);
            }
            if (!names.isEmpty()) {
                return Optional.of(String.join("、", names));
            }
        }
        return Optional.empty();
    }

    /** The names of issuing bodies a signature line holds, or none when it is something else. */
    private static List<String> names(String line) {
        List<String> names = new ArrayList<>();
        for (String part : line.strip().split("[\\s\\u3000、]+")) {
            if (part.isEmpty() || part.length() > MAX_NAME || !BODY_NAME.matcher(part).matches() || part.contains("：")) {
                return List.of();
            }
            names.add(part);
        }
        return names;
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
        if (line.length() > MAX_DATE_LINE || line.indexOf('日') < 0) {
            return false;
        }
        String bare = DATE_NOISE.matcher(line).replaceAll("");
        return bare.length() <= 16 && bare.endsWith("日") && ChineseDates.parse(bare).isPresent();
    }
}
