package org.yuqing.crawler.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line under an article's heading where portals say where it came from and when it went up:
 * 信息来源：深圳市教育局 日期：2020-06-12, 来源 市政府办公厅 | 发布时间 2021-05-28 15:09, 發布日期：2020年6月12日 —
 * labels with or without a colon, full-width or not, in simplified or traditional characters.
 */
record PortalLines(String publishedAt, String source) {

    private static final String DATE_LABELS =
            "发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|发表时间|發表時間|更新时间|更新時間|公开日期|日期|时间|時間";
    private static final String SOURCE_LABELS =
            "信息来源|信息來源|文章来源|文章來源|稿件来源|稿件來源|内容来源|內容來源|来源|來源|发布机构|發布機構|发布单位|發布單位";
    private static final Pattern DATE_LINE = Pattern.compile("(?:" + DATE_LABELS + ")\\s*[:：]?\\s*(.{6,24})");
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:" + SOURCE_LABELS + ")\\s*[:：]\\s*([^\\s\\u3000|丨│【】\\[\\]]{2,40})"
                    + "|(?:" + SOURCE_LABELS + ")[\\s\\u3000]+([^\\s\\u3000:：|丨│【】\\[\\]]{2,40})");
    /** A value that is itself the next label: 来源： 发布时间：… leaves the source empty. */
    private static final Pattern LABEL_START = Pattern.compile("^(?:" + DATE_LABELS + "|" + SOURCE_LABELS
            + "|作者|浏览|瀏覽|访问|點擊|点击|字体|字號|字号|阅读|閱讀|打印|分享)");

    private static final Pattern LABEL_AT_START = Pattern.compile(
            "^[\\s\\u3000【\\[（(]*(?:" + DATE_LABELS + "|" + SOURCE_LABELS + "|作者|编辑|編輯|发布者|發布者)");

    static final PortalLines NONE = new PortalLines(null, null);

    /** Whether the text looks like such a line: a label followed by a date or a name. */
    static boolean matches(String text) {
        PortalLines lines = of(text);
        return lines.publishedAt != null || lines.source != null;
    }

    /**
     * Whether a short text is such a line and nothing more: no sentence, a label near its start. A sentence of
     * the body that mentions 来源 or 日期 is not.
     */
    static boolean isOwnLine(String text) {
        String bare = text.strip();
        if (bare.length() > 120 || bare.contains("。") || bare.contains("，")) {
            return false;
        }
        Matcher label = LABEL_AT_START.matcher(bare);
        return label.find() && matches(bare);
    }

    static PortalLines of(String text) {
        if (text == null) {
            return NONE;
        }
        String line = text.replace('\u00a0', ' ');
        String publishedAt = null;
        Matcher date = DATE_LINE.matcher(line);
        while (publishedAt == null && date.find()) {
            publishedAt = ChineseDates.parse(date.group(1)).filter(d -> startsWithDate(date.group(1))).orElse(null);
        }
        return new PortalLines(publishedAt, source(line).orElse(null));
    }

    private static Optional<String> source(String line) {
        Matcher m = SOURCE_LINE.matcher(line);
        while (m.find()) {
            String value = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            value = value.replaceAll("(" + DATE_LABELS + "|作者|编辑|編輯|浏览|瀏覽|点击|點擊)[:：]?.*$", "");
            if (value.length() >= 2 && !LABEL_START.matcher(value).find() && ChineseDates.parse(value).isEmpty()
                    && value.codePoints().anyMatch(Character::isLetter)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** 2020-06-12 right after the label, not a date further on in a sentence. */
    private static boolean startsWithDate(String value) {
        return value.strip().matches("^[\\d〇零○一二三四五六七八九]{4}.*");
    }
}
