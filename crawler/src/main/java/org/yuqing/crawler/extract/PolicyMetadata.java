package org.yuqing.crawler.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata table on policy pages (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期), read from
 * label cells followed by value cells. Labels are matched after removing every kind of space (标　　题) and in
 * traditional characters too (發文字號).
 */
public record PolicyMetadata(String indexNo, String subject, String issuer, String writtenAt, String title,
                             String docNo, String publishedAt) {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("索引号", "index_no"), Map.entry("索引號", "index_no"),
            Map.entry("主题分类", "subject"), Map.entry("主題分類", "subject"),
            Map.entry("发文机关", "issuer"), Map.entry("發文機關", "issuer"),
            Map.entry("成文日期", "written_at"),
            Map.entry("标题", "title"), Map.entry("標題", "title"),
            Map.entry("发文字号", "doc_no"), Map.entry("發文字號", "doc_no"),
            Map.entry("发布日期", "published_at"), Map.entry("發布日期", "published_at"), Map.entry("發佈日期", "published_at"),
            // what other portals call the same fields
            Map.entry("文号", "doc_no"), Map.entry("文號", "doc_no"),
            Map.entry("发布机构", "issuer"), Map.entry("發布機構", "issuer"), Map.entry("发文单位", "issuer"),
            Map.entry("發文單位", "issuer"), Map.entry("制发机关", "issuer"),
            Map.entry("信息分类", "subject"), Map.entry("主题", "subject"),
            Map.entry("生成日期", "written_at"), Map.entry("印发日期", "written_at"),
            Map.entry("发布时间", "published_at"), Map.entry("發布時間", "published_at"), Map.entry("公开日期", "published_at"),
            Map.entry("文件名称", "title"), Map.entry("文件名稱", "title"));

    private static final int FIELD_COUNT = 7;
    private static final Pattern LABEL_NOISE = Pattern.compile("[\\s\\u3000\\u00a0:：]");

    /** Longest text of a label cell, spaces included (标　　题：). */
    private static final int MAX_LABEL = 24;
    /** Longest "label：value" element worth reading as one. */
    private static final int MAX_INLINE = 200;

    /** "发文字号：国办发〔2019〕5号" in one element, as list-style metadata blocks write it. */
    private static final Pattern INLINE = Pattern.compile("^([^:：]{2,12})[:：]\\s*([^：]+)$");

    public boolean isPresent() {
        return docNo != null || indexNo != null;
    }

    public static PolicyMetadata of(Document page) {
        Map<String, String> fields = new HashMap<>();
        for (Element cell : page.select("td, th")) {
            String label = ShortText.of(cell, MAX_LABEL);
            String field = label == null ? null : LABELS.get(normalizeLabel(label));
            if (field == null || fields.containsKey(field)) {
                continue;
            }
            Element value = cell.nextElementSibling();
            if (value != null && !isLabel(value)) {
                String text = value.text().strip();
                if (!text.isEmpty()) {
                    fields.put(field, text);
                }
            }
        }
        // Portals that print the metadata as a list: <li><span>发文字号：</span>国办发〔2019〕5号</li>.
        for (Element item : fields.size() == FIELD_COUNT ? List.<Element>of() : page.select("li, p, td, div, span")) {
            String text = ShortText.of(item, MAX_INLINE);
            Matcher m = INLINE.matcher(text == null ? "" : text.strip());
            if (m.matches() && m.group(2).codePoints().anyMatch(Character::isLetterOrDigit)) {
                String field = LABELS.get(normalizeLabel(m.group(1)));
                if (field != null && !fields.containsKey(field) && LABELS.get(normalizeLabel(m.group(2))) == null) {
                    fields.put(field, m.group(2).strip());
                }
            }
        }
        return new PolicyMetadata(
                fields.get("index_no"),
                fields.get("subject"),
                fields.get("issuer"),
                ChineseDates.parse(fields.get("written_at")).orElse(null),
                fields.get("title"),
                fields.get("doc_no"),
                ChineseDates.parse(fields.get("published_at")).orElse(null));
    }

    private static boolean isLabel(Element cell) {
        String text = ShortText.of(cell, MAX_LABEL);
        return text != null && LABELS.containsKey(normalizeLabel(text));
    }

    static String normalizeLabel(String label) {
        return LABEL_NOISE.matcher(label).replaceAll("");
    }
}
