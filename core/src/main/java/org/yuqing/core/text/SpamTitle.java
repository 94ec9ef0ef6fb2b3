package org.yuqing.core.text;

import com.hankcs.hanlp.HanLP;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a page's {@code <title>} was replaced by spammers: it advertises gambling, videos or porn, or it has
 * nothing to do with the article's heading. A site-name title (中国政府网, 某某市人民政府门户网站) is normal and is
 * never called unrelated.
 */
public final class SpamTitle {

    /** Words that do not occur in the title of a government page unless it was hijacked. */
    private static final List<String> SPAM_WORDS = List.of(
            "博彩", "赌场", "赌博", "娱乐城", "娱乐场", "真人娱乐", "百家乐", "时时彩", "六合彩", "老虎机", "棋牌游戏",
            "体育投注", "下注", "彩金", "开户送", "注册送", "葡京", "威尼斯人", "太阳城", "皇冠体育", "澳门赌",
            "在线观看", "免费观看", "高清视频", "视频在线", "在线视频", "成人视频", "伦理片", "三级片", "毛片",
            "无码", "有码", "色情", "黄色网站", "午夜", "国产精品", "一本道", "av女优", "福利视频", "美女直播",
            "casino", "baccarat", "sportsbook", "porn", "xxx", "viagra");

    /**
     * Words of a site-name title or of the generic titles content management systems give pages (正文, 详情页):
     * such a title shares nothing with the heading, yet is not spam.
     */
    private static final List<String> SITE_WORDS = List.of(
            "政府", "人民", "国务院", "委员会", "政务", "门户", "网站", "政策", "部", "局", "厅", "办公室", "首页",
            "正文", "详情", "详细", "内容", "信息", "文章", "标题", "新闻", "公告", "通知", "公开", "解读", "留言");
    /** Titles with fewer Chinese characters say too little to be called unrelated ("Untitled", "首页"). */
    private static final int MIN_UNRELATED_LENGTH = 6;

    private static final double MIN_RELATEDNESS = 0.2;
    private static final java.util.regex.Pattern NOT_LETTERS = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]");

    private SpamTitle() {
    }

    /** Why the title looks hijacked, if it does; {@code heading} is the article's h1 or metadata title. */
    public static Optional<String> reason(String title, String heading) {
        if (title == null || title.isBlank()) {
            return Optional.empty();
        }
        // Traditional characters too: 娛樂場 is 娱乐场.
        String lower = HanLP.convertToSimplifiedChinese(title).toLowerCase();
        for (String word : SPAM_WORDS) {
            if (lower.contains(word)) {
                return Optional.of("spam title 「" + title.strip() + "」 (" + word + ")");
            }
        }
        if (heading != null && !heading.isBlank() && hanCount(title) >= MIN_UNRELATED_LENGTH
                && relatedness(title, heading) < MIN_RELATEDNESS
                && SITE_WORDS.stream().noneMatch(title::contains)) {
            return Optional.of("title 「" + title.strip() + "」 unrelated to the heading 「" + heading.strip() + "」");
        }
        return Optional.empty();
    }

    private static long hanCount(String text) {
        return text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /** The share of the shorter text's character bigrams that the other has: 1 when one contains the other. */
    static double relatedness(String a, String b) {
        Set<String> x = bigrams(a);
        Set<String> y = bigrams(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 1;
        }
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / Math.min(x.size(), y.size());
    }

    private static Set<String> bigrams(String text) {
        String letters = NOT_LETTERS.matcher(text).replaceAll("");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= letters.length(); i++) {
            grams.add(letters.substring(i, i + 2));
        }
        return grams;
    }
}
