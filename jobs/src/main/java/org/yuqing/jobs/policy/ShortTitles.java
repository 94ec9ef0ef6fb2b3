package org.yuqing.jobs.policy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names by which people refer to a policy. Nobody writes out 示例市人民政府办公室关于调整…的通知; they write
 * 《关于调整…的通知》 or just the subject after 关于.
 */
public final class ShortTitles {

    private static final Pattern BOOK = Pattern.compile("《([^》]{2,80})》");
    private static final Pattern ABOUT = Pattern.compile(
            "关于(.{2,80}?)的(?:通知|意见|指导意见|若干意见|决定|批复|复函|函|办法|规定|方案|报告)$");
    private static final Pattern ISSUING = Pattern.compile("^(?:印发|转发|发布|颁布)(.+)$");

    private ShortTitles() {
    }

    /** Short titles of a simplified title, longest first, without the full title itself. */
    public static List<String> of(String title) {
        Set<String> names = new LinkedHashSet<>();
        Matcher book = BOOK.matcher(title);
        while (book.find()) {
            names.add(book.group(1));
        }
        Matcher about = ABOUT.matcher(title);
        if (about.find()) {
            String subject = about.group(1);
            names.add(title.substring(about.start()));
            Matcher issuing = ISSUING.matcher(subject);
            // 关于印发X的通知 is known by X, and X is often itself a title in 《》
            names.add(issuing.matches() ? issuing.group(1).replaceAll("[《》]", "") : subject);
        }
        names.remove(title);
        return names.stream().filter(name -> name.length() >= 4)
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }
}
