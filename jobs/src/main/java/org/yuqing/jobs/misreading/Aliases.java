package org.yuqing.jobs.misreading;

import java.util.List;
import java.util.Map;

/**
 * What people call things in comments, next to what policies call them: nobody writes 住房贷款利息 in a comment,
 * they write 房贷. A comment's words are read with these names added.
 */
final class Aliases {

    private static final Map<String, List<String>> FORMAL_NAMES = Map.ofEntries(
            Map.entry("个税", List.of("个人所得税")),
            Map.entry("涨", List.of("提高")),
            Map.entry("加", List.of("提高")),
            Map.entry("房贷", List.of("住房贷款", "贷款")),
            Map.entry("房租", List.of("住房租金", "租金")),
            Map.entry("租房", List.of("住房租金", "租金")),
            Map.entry("五一", List.of("劳动节")),
            Map.entry("十一", List.of("国庆节")),
            Map.entry("国庆", List.of("国庆节")),
            Map.entry("中秋", List.of("中秋节")),
            Map.entry("端午", List.of("端午节")),
            Map.entry("过年", List.of("春节")),
            Map.entry("应届生", List.of("毕业生", "高校")),
            Map.entry("大学生", List.of("高校", "毕业生")),
            Map.entry("创业贷款", List.of("创业", "担保", "贷款")),
            Map.entry("网办", List.of("网上")),
            Map.entry("看病", List.of("医药费")),
            Map.entry("医药费", List.of("医药")),
            Map.entry("养老钱", List.of("养老金")),
            Map.entry("私立", List.of("民办")),
            Map.entry("开公司", List.of("企业", "开办")),
            Map.entry("公办", List.of("公办园")),
            Map.entry("老师", List.of("教师")));

    /** The names of two or more characters, each list sorted: looked up in every comment's text. */
    private static final List<String> COLLOQUIAL = FORMAL_NAMES.keySet().stream()
            .filter(name -> name.length() >= 2).sorted().toList();
    private static final List<String> FORMAL = FORMAL_NAMES.values().stream().flatMap(List::stream).distinct()
            .filter(name -> name.length() >= 2).sorted().toList();

    private Aliases() {
    }

    /** The colloquial names of two or more characters that occur in a text, however it is segmented. */
    static List<String> namesIn(String text) {
        return occurring(COLLOQUIAL, text);
    }

    /** The formal names of two or more characters that occur in a text (住房贷款 of 住房/贷款), however segmented. */
    static List<String> formalNamesIn(String text) {
        return occurring(FORMAL, text);
    }

    private static List<String> occurring(List<String> names, String text) {
        return names.stream().filter(text::contains).toList();
    }

    static List<String> formalNames(String word) {
        return FORMAL_NAMES.getOrDefault(word, List.of());
    }
}
