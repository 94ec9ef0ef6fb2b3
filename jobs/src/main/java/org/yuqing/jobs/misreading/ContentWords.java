package org.yuqing.jobs.misreading;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yuqing.jobs.text.ChineseSegmenter;

/**
 * Words that can say what a text is about: two or more characters, Chinese, not function words, not list numbers
 * (十一 of （十一）), with the formal names of colloquial words added (房贷 → 住房贷款). Policies, comments and the
 * background vocabulary of citizen messages are all read this way, so that their words compare.
 */
public final class ContentWords {

    private static final Set<String> STOP = Set.of(
            "什么", "怎么", "这个", "那个", "我们", "你们", "他们", "是不是", "能不能", "可以", "就是", "还是", "一个", "万元", "每月", "每人",
            "没有", "现在", "以后", "时候", "已经", "真的", "大家", "规定", "政策", "文件", "请问", "这次", "一下");

    private static final Pattern NUMERALS = Pattern.compile("[零〇一二两三四五六七八九十百千]+");

    private final ChineseSegmenter segmenter = new ChineseSegmenter();

    /** @param simplified text already converted to simplified characters */
    public List<String> of(String simplified) {
        return of(simplified, segmenter.words(simplified));
    }

    /**
     * @param simplified text already converted to simplified characters
     * @param segmented  its words as {@link ChineseSegmenter} segmented it, for a caller that has them already:
     *                   segmenting is the costly part
     */
    public List<String> of(String simplified, List<String> segmented) {
        // 抵个税 segments as 抵/个/税: colloquial names of two or more characters are looked up in the text itself,
        // but not inside a longer word (租房 of 公租房 is no rent paid)
        Stream<String> named = Aliases.namesIn(simplified).stream()
                .filter(name -> occurrences(simplified, name) > segmented.stream()
                        .filter(word -> word.length() > name.length())
                        .mapToInt(word -> occurrences(word, name)).sum());
        return Stream.concat(segmented.stream(), named)
                .flatMap(word -> Stream.concat(Stream.of(word), Aliases.formalNames(word).stream()))
                .filter(word -> word.length() >= 2 && word.codePoints().anyMatch(ContentWords::isHan))
                // 6月, 2019年: a date or a number says nothing about the topic; the facts compare them
                .filter(word -> word.chars().noneMatch(Character::isDigit))
                .filter(word -> !STOP.contains(word) && !NUMERALS.matcher(word).matches())
                .distinct()
                .toList();
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
