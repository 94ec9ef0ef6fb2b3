package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words that give away how a comment relates to a policy. Reads simplified text. */
final class CueLexicon {

    private static final Pattern QUESTION = Pattern.compile("[？?]|吗|是不是|是否|难道|对吗|对不对|能不能|可不可以|有没有");
    private static final Pattern HEARSAY = Pattern.compile(
            "听说|据说|内部消息|小道消息|网传|传言|传闻|有人说|听人说|消息称|马上就要|据传");
    /** Consequences people invent and pass on: nothing in a clause says 取消 or 翻倍 unless it says so. */
    private static final Pattern CONSEQUENCE = Pattern.compile(
            "取消|停发|翻倍|涨一倍|不用还|辞退|罚款|免检|不查|查你|关掉|没收|冻结|收回|作废");
    private static final Pattern UNIVERSAL = Pattern.compile(
            "所有|全部|一律|全体|人人|不管|无论|不论|不用管|统统|全都|都能|都可以|都有份|也一样|都一样|全额"
                    + "|花多少|不限|全市|全国|每年都|以后都|完全|就都能");
    private static final Pattern INCLUSION = Pattern.compile("也|都|一起|有份|照样|一样|同样|也算");
    private static final Pattern EXCLUSION = Pattern.compile(
            "没份|不在|不能|没有|才有|才能|只有|不算|怎么办|不公平|另有|另行|不包括|除了|排除");

    /**
     * Groups that people wrongly include, and the restrictions in a clause that exclude them: 企业退休 is not in a
     * clause about 城乡居民 pensions, 第二套 is not 首套.
     */
    static final Map<String, List<String>> GROUP_EXCLUDED_BY = Map.ofEntries(
            Map.entry("外地户口", List.of("本市户籍", "本地户籍")),
            Map.entry("外地户籍", List.of("本市户籍", "本地户籍")),
            Map.entry("外地老人", List.of("本市户籍", "本地户籍")),
            Map.entry("外地的", List.of("本市户籍", "本地户籍")),
            Map.entry("外地来的", List.of("本市户籍", "本地户籍")),
            Map.entry("非本市", List.of("本市户籍", "本地户籍")),
            Map.entry("企业退休", List.of("城乡居民")),
            Map.entry("城镇职工", List.of("城乡居民")),
            Map.entry("机关事业单位", List.of("城乡居民")),
            Map.entry("退休职工", List.of("城乡居民")),
            Map.entry("大企业", List.of("中小微企业", "小微企业")),
            Map.entry("国企", List.of("中小微企业", "小微企业")),
            Map.entry("第二套", List.of("首套")),
            Map.entry("二套", List.of("首套")),
            Map.entry("第三套", List.of("首套")),
            Map.entry("营利性", List.of("普惠性", "不得办成营利性")),
            Map.entry("私立", List.of("普惠性")),
            Map.entry("失业人员", List.of("就业困难人员", "离校未就业")));

    private CueLexicon() {
    }

    static Cues read(String simplified) {
        return new Cues(QUESTION.matcher(simplified).find(), all(HEARSAY, simplified), all(UNIVERSAL, simplified),
                includedGroups(simplified), all(CONSEQUENCE, simplified));
    }

    private static List<String> includedGroups(String simplified) {
        if (!INCLUSION.matcher(simplified).find() || EXCLUSION.matcher(simplified).find()) {
            return List.of();
        }
        return GROUP_EXCLUDED_BY.keySet().stream().filter(simplified::contains).sorted().toList();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
