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
 * (十一 of （十一）), with the formal names of colloquial words added (房贷 → 住房贷款). Policies, comments and the
 * background vocabulary of citizen messages are all read this way, so that their words compare.
 */
public final class ContentWords {

    private static final Set<String> STOP = Set.of(
            "什么", "怎么", "这个", "那个", "我们", "你们", "他们", "是不是", "能不能", "可以", "就是", "还是", "一个", "万元", "每月", "每人",
            "没有", "现在", "以后", "时候", "已经", "真的", "大家", "规定", "政策", "文件", "请问", "这次", "一下");

    /** 十一 of （十一）, 第二 of 第二章: numbers and ordinals name no topic. */
    private static final Pattern NUMERALS = Pattern.compile("第?[零〇一二两三四五六七八九十百千]+");
    /** What stands around a number that counts or numbers: 第十一条, （十一）, 十一、, 十一月. */
    private static final String NUMBER_BEFORE = "第（(";
    private static final String NUMBER_AFTER = "条章节项款、）).．月日号个年";

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
        // 抵个税 segments as 抵/个/税: colloquial names of two or more characters are looked up in the text itself
        // where they stand as words of their own: the 租房 of 公租房 is no rent paid, nor the 房贷 of 住房贷款 a word;
        // the formal names a text uses (住房贷款 of 住房/贷款) are looked up the same way, so that the two meet
        List<String> candidates = new ArrayList<>(Aliases.namesIn(simplified));
        candidates.addAll(Aliases.formalNamesIn(simplified));
        Stream<String> named = candidates.isEmpty() ? Stream.empty()
                : candidates.stream().filter(new WordBounds(simplified, segmented)::usesAsName);
        // a number names nothing: its aliases (十一 → 国庆节) come only from where the text uses it as a name
        Stream<String> plain = segmented.stream().filter(word -> !NUMERALS.matcher(word).matches());
        return Stream.concat(Stream.concat(plain, negated(segmented)), named)
                .flatMap(word -> Stream.concat(Stream.of(word), Aliases.formalNames(word).stream()))
                .filter(word -> word.length() >= 2 && word.codePoints().anyMatch(ContentWords::isHan))
                // 6月, 2019年: a date or a number says nothing about the topic; the facts compare them
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

    /** Where the words of a segmented text start and end, to tell a name that stands as words of its own. */
    private static final class WordBounds {

        private final String text;
        private final Set<Integer> starts = new HashSet<>();
        private final Set<Integer> ends = new HashSet<>();

        WordBounds(String text, List<String> segmented) {
            this.text = text;
            int from = 0;
            for (String word : segmented) {
                int at = text.indexOf(word, from);
                if (at >= 0) {
                    starts.add(at);
                    ends.add(at + word.length());
                    from = at + word.length();
                }
            }
        }

        /**
         * Whether the text uses a name somewhere as a word or words of its own (抵/个/税 has 个税, 住房/贷款 has no
         * 房贷), and for a number not as a number (第十一条, （十一）, 十一月 are no 国庆节).
         */
        boolean usesAsName(String name) {
            boolean numeral = NUMERALS.matcher(name).matches();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int start = at;
                int end = at + name.length();
                boolean asNumber = numeral && ((start > 0 && NUMBER_BEFORE.indexOf(text.charAt(start - 1)) >= 0)
                        || (end < text.length() && NUMBER_AFTER.indexOf(text.charAt(end)) >= 0));
                if (starts.contains(start) && ends.contains(end) && !asNumber) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
