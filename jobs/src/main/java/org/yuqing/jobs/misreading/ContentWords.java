package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yuqing.jobs.text.ChineseSegmenter;

/**
 * Words that can say what a text is about: two or more characters, Chinese, not function words, not list numbers
 * (十一 of （十一）). Policies, comments and the
 * background vocabulary of citizen messages are all read this way, so that their words compare.
 */
public final class ContentWords {

    private static final Set<String> STOP = Set.of(
            "什么", "怎么", "这个", "那个", "我们", "你们", "他们", "是不是", "能不能", "可以", "就是", "还是", "一个", "万元", "每月", "每人",
            "没有", "现在", "以后", "时候", "已经", "真的", "大家", "规定", "政策", "文件", "请问", "这次", "一下");

    /** Numbers and ordinals name no topic. */
    private static final Pattern NUMERALS = Pattern.compile("第?[零〇一二两三四五六七八九十百千]+");

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
        Stream<String> plain = segmented.stream().filter(word -> !NUMERALS.matcher(word).matches());
        return Stream.concat(plain, negated(segmented))
                .filter(word -> word.length() >= 2 && word.codePoints().anyMatch(TextTerms::isHan))
                // a date or a number says nothing about the topic; the facts compare them
                .filter(word -> word.chars().noneMatch(Character::isDigit))
                .filter(word -> !STOP.contains(word) && !NUMERALS.matcher(word).matches())
                .distinct()
                .toList();
    }

    /**
     * 非独生子女 segments as 非/独生子女: the group that 非 leaves out is a word of its own, so that a comment about
     * 非独生子女 is about the clause that names them, not only about every clause that names 独生子女.
     */
    private static Stream<String> negated(List<String> segmented) {
        List<String> negated = new ArrayList<>();
        for (int i = 0; i + 1 < segmented.size(); i++) {
            if ("非".equals(segmented.get(i))) {
                negated.add("非" + segmented.get(i + 1));
            }
        }
        return negated.stream();
    }
}
