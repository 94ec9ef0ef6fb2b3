package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generic words that give away how a comment relates to what it is about: how it is put (question, hearsay,
 * alarm), how far it stretches (quantifiers, obligations) and how it feels (praise, complaint). Every entry is a
 * phenomenon of Chinese in general, never a word of one policy. Reads simplified text.
 */
final class CueLexicon {

    private static final Pattern QUESTION = Pattern.compile("[？?]|吗|是不是|是否|难道|对吗|对不对|能不能|可不可以|有没有|咋|怎么");
    /** A question built on a reading of the policy: 是不是说…就…, 那以后…都…？ */
    private static final Pattern PRESUPPOSING = Pattern.compile(
            "是不是说|是不是就|是不是都|意思是|也就是说|这么说|那以后|那是不是|就不用|就不能|就可以|就能|就得|就要|都不用|都不能|都要|都得");
    private static final Pattern HEARSAY = Pattern.compile(
            "听说|据说|内部消息|小道消息|网传|传言|传闻|有人说|听人说|消息称|据传|朋友说|亲戚说|群里说|都在传|听讲|内部人士|我听");
    private static final Pattern ALARM = Pattern.compile("扩散|转发|速看|注意了|紧急|家人们|震惊|注意啦|赶紧|快看|重要通知|必看|[!！]{2,}");
    private static final Pattern UNIVERSAL = Pattern.compile(
            "所有|全部|一律|全体|人人|每个人|每人|不管|无论|不论|统统|全都|都能|都可以|都要|都得|都必须|都会|都有|全额|不限|任何|一刀切|凡是|只要");
    private static final Pattern OBLIGATION = Pattern.compile("必须|强制|一定要|务必|要求|不得不|硬性|强行|必需");
    /** Consequences people invent and pass on: a clause that says none of these does not say 取消 or 罚. */
    private static final Pattern CONSEQUENCE = Pattern.compile(
            "取消|停发|停止|作废|翻倍|不用还|不用交|免费|罚款|罚|没收|冻结|收回|拆除|关停|关闭|吊销|坐牢|拘留|清退|辞退|开除|不给|不能再|不再|禁止|不许|不准|一分钱都");
    private static final Pattern NEGATION = Pattern.compile("不|没|无|未|别|非|免|禁");
    private static final Pattern HEDGE = Pattern.compile("好像|可能|估计|应该是|大概|似乎|貌似|不知道|不清楚|没搞懂|不太懂");
    private static final Pattern PRAISE = Pattern.compile("好政策|点赞|支持|赞|好事|实惠|温暖|感谢|终于|给力|惠民|暖心|期待|拥护|好消息");
    private static final Pattern COMPLAINT = Pattern.compile(
            "太少|不合理|不公平|落实|不到位|希望|建议|呼吁|反映|投诉|什么时候|何时|麻烦|为什么|凭什么|形式主义|走过场|难|慢");
    /** Asking where, how or who: 在哪里能查到, 哪个网站, 怎么申请, 需要什么条件, 由哪个部门. */
    private static final Pattern WHERE_OR_HOW = Pattern.compile(
            "在哪|哪里|哪儿|哪个(?:网站|部门|平台|窗口|APP|app|单位|机构)|找谁|怎么(?:办理|申请|查|填|报|登记)|如何(?:办理|申请|查询|登记)"
                    + "|需要什么|要什么(?:材料|条件|手续)|需要哪些|什么条件|什么材料|流程是");
    private static final Pattern FIRST_PERSON = Pattern.compile("我|俺|咱|本人|我家|我们");
    private static final Pattern EXCLAMATION = Pattern.compile("[!！]");

    private CueLexicon() {
    }

    static Cues read(String simplified) {
        return new Cues(QUESTION.matcher(simplified).find(), PRESUPPOSING.matcher(simplified).find(),
                all(HEARSAY, simplified), ALARM.matcher(simplified).find(), all(UNIVERSAL, simplified),
                OBLIGATION.matcher(simplified).find(), all(CONSEQUENCE, simplified),
                count(NEGATION, simplified), HEDGE.matcher(simplified).find(), PRAISE.matcher(simplified).find(),
                COMPLAINT.matcher(simplified).find(), FIRST_PERSON.matcher(simplified).find(),
                count(EXCLAMATION, simplified), WHERE_OR_HOW.matcher(simplified).find());
    }

    /** How many negations a passage holds: a clause and a comment about it that differ here differ in sense. */
    static int negations(String simplified) {
        return count(NEGATION, simplified);
    }

    static boolean obliges(String simplified) {
        return OBLIGATION.matcher(simplified).find();
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
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
