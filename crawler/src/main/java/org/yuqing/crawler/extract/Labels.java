package org.yuqing.crawler.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads "标签：值" pairs, the way message boards print who wrote what when. */
final class Labels {

    private Labels() {
    }

    /** The value after the first of the labels, up to the next run of spaces or the end. */
    static Optional<String> value(String text, String... labels) {
        for (String label : labels) {
            Matcher m = Pattern.compile(Pattern.quote(label) + "\\s*[:：]\\s*([^\\s\\u3000]+(?: \\d{1,2}:\\d{2}(?::\\d{2})?)?)")
                    .matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    static Long count(String text) {
        Matcher m = Pattern.compile("(\\d+)").matcher(text == null ? "" : text);
        return m.find() ? Long.parseLong(m.group(1)) : null;
    }
}
