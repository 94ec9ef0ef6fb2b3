package org.yuqing.jobs.text;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names of private persons, found after the words citizens introduce them with (我叫, 本人, 姓名：, 联系人,
 * 业主, 我父亲 ...). The surname stays ({@code 我叫曹正科} becomes {@code 我叫曹**}) so that the text still reads;
 * officials named by their title (联系人：王科长) and public bodies stay.
 */
final class PersonNames {

    private static final List<String> RELATIVES = List.of("父亲", "母亲", "爸爸", "妈妈", "爸", "妈", "丈夫", "妻子", "老公", "老婆",
            "爱人", "儿子", "女儿", "哥哥", "姐姐", "弟弟", "妹妹", "哥", "姐", "弟", "妹", "爷爷", "奶奶", "外婆", "外公");
    // After these a name is only one of many things that may follow (我是江西人, 业主委员会, 本人连续): HanLP must
    // read a name there.
    private static final List<String> WEAK_CUES = List.of("我是", "本人", "业主", "户主", "租户", "房东", "家属", "患者", "受害人",
            "当事人", "村民", "失主", "持有人", "包工头", "老板", "市民", "司机", "租客", "邻居", "同事");
    private static final List<String> STRONG_CUES = List.of("我叫", "姓名", "联系人", "报告人", "反映人", "投诉人", "举报人", "申请人",
            "留言人", "来信人", "署名", "落款", "签名", "名叫", "名字", "户名", "收件人", "收货人", "开户人", "持卡人");
    /** Every cue grouped by its first character, longest first, so that 我父亲 wins over 我是. */
    private static final List<List<String>> CUES = new ArrayList<>();
    /** For each character, 1 + the index of its group in CUES, 0 when no cue starts with it: no boxing per character. */
    private static final byte[] CUE_GROUP = new byte[Character.MAX_VALUE + 1];

    static {
        List<String> all = new ArrayList<>(WEAK_CUES);
        all.addAll(STRONG_CUES);
        for (String relative : RELATIVES) {
            all.add("我" + relative);
        }
        all.sort(Comparator.comparingInt(String::length).reversed());
        for (String cue : all) {
            char first = cue.charAt(0);
            if (CUE_GROUP[first] == 0) {
                CUES.add(new ArrayList<>());
                CUE_GROUP[first] = (byte) CUES.size();
            }
            CUES.get(CUE_GROUP[first] - 1).add(cue);
        }
    }
    /** Words that follow a name in a sentence (本人张三男, 患者李四身份证号): where the name ends. */
    private static final Pattern AFTER_NAME = Pattern.compile(
            "(?:身份|证件|电话|手机|联系|反映|来信|投诉|举报|男|女|家住|住|居住|居|现|今年|出生|户籍|籍贯|系|是|在|于|等|和|及|同志|先生"
                    + "|女士|村民|业主|一家|夫妇|老人|的|说|欠|带|一直|已经|把|将|跑)");
    private static final int MAX_NAME = 4;
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
            + "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
            + "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
            + "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
            + "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙");
    // Words of grammar that never stand in a given name: where one comes, the name has ended (白淑的, 张三在).
    private static final String FUNCTION_CHARS = "是在于了的已从向对被把和与及等要想也都就还因为所以不没有个位们说让给跟称讲将再又该此这那其";
    // Characters rare in given names that follow the cues in ordinary sentences (本人去年, 业主房款); in a run
    // that ends by itself (苏伟生，) they may still be part of the name.
    private static final String NOT_IN_NAMES = FUNCTION_CHARS + "多次年月日去来到名今昨前后家住现曾某市县区省镇村街路号楼室电话手机身份证性别男女岁"
            + "出生工作单位反映投诉举报款间费屋内绩当您委";
    /** A place or an organisation goes on with these (文星镇, 黄财镇农办, 江声中学): what came before was no name. */
    private static final Pattern PLACE_SUFFIX = Pattern.compile(
            "[镇村县区市省路街乡湾组队桥山河湖港店厂场]|中学|小学|大学|学校|医院|公司|社区|小区|花园|集团|酒店|宾馆|超市|银行|中心");
    private static final List<String> TITLES = List.of(
            "局长", "主任", "书记", "市长", "县长", "区长", "镇长", "乡长", "村长", "科长", "处长", "厅长", "部长", "省长", "主席",
            "委员", "代表", "经理", "老师", "校长", "院长", "医生", "警官", "所长", "队长", "站长", "组长", "总", "工", "师傅",
            "先生", "女士", "同志", "阿姨", "大爷", "大妈", "某");

    private PersonNames() {
    }

    private static boolean isWeak(String cue) {
        return WEAK_CUES.contains(cue) || (cue.length() > 1 && cue.charAt(0) == '我' && RELATIVES.contains(cue.substring(1)));
    }

    static void mask(MaskedText text) {
        String s = text.original;
        for (int i = 0; i < s.length(); i++) {
            int group = CUE_GROUP[s.charAt(i)];
            if (group == 0) {
                continue;
            }
            String cue = null;
            for (String c : CUES.get(group - 1)) {
                if (s.startsWith(c, i)) {
                    cue = c;
                    break;
                }
            }
            if (cue == null) {
                continue;
            }
            // 名字叫, 本人叫, 联系人是, 姓名：, 姓名: 张三
            int start = i + cue.length();
            if (start < s.length() && (s.charAt(start) == '是' || s.charAt(start) == '为' || s.charAt(start) == '叫')) {
                start++;
            }
            // A cue written as a field (市民：苏军) is as strong as 姓名：.
            boolean field = start < s.length() && (s.charAt(start) == '：' || s.charAt(start) == ':');
            if (field) {
                start++;
            }
            if (start < s.length() && Character.isWhitespace(s.charAt(start))) {
                start++;
            }
            int length = nameLength(s, start);
            if (length > 0 && !field && isWeak(cue) && !plausibleName(s.substring(start, start + length), cue.equals("我是"))) {
                length = 0;
            }
            if (length > 0) {
                int surname = COMPOUND_SURNAMES.contains(s.substring(start, Math.min(s.length(), start + 2))) ? 2 : 1;
                text.starAll(start + surname, start + length);
            }
            i = start + length - 1;
        }
    }

    /** How many characters from {@code start} are a private person's name, 0 when none is. */
    static int nameLength(String text, int start) {
        int run = 0;
        while (start + run < text.length() && run <= MAX_NAME && isHan(text.charAt(start + run))) {
            run++;
        }
        if (run < 2) {
            return 0;
        }
        String window = text.substring(start, start + run);
        for (String title : TITLES) {
            int at = window.indexOf(title);
            if (at > 0 && at <= 2) {
                return 0; // 王科长, 李主任: an official by the title of their office
            }
        }
        boolean compound = COMPOUND_SURNAMES.contains(window.substring(0, 2));
        if (!compound && SURNAMES.indexOf(window.charAt(0)) < 0) {
            return 0;
        }
        // When the name runs into the next words (本人张三男), a word that follows names or else HanLP's person-name
        // recognition finds its end.
        int length = run <= (compound ? 4 : 3) ? run : endBeforeNextWord(text, start, compound);
        if (length == 0) {
            length = personNameLength(text.substring(start, Math.min(text.length(), start + 8)));
        }
        if (length < 2 || length > (compound ? 4 : 3)) {
            return 0;
        }
        // A word of grammar ends the name there (我女儿白淑的护照); any rare character right after the surname, or
        // anywhere in a name whose end was guessed, rules it out (本人于去年, 本人去年).
        int surname = compound ? 2 : 1;
        boolean endsByItself = run <= (compound ? 4 : 3) && !(start + run < text.length() && isHan(text.charAt(start + run)));
        for (int i = surname; i < length; i++) {
            char c = window.charAt(i);
            if (FUNCTION_CHARS.indexOf(c) >= 0) {
                length = i;
                break;
            }
            if (NOT_IN_NAMES.indexOf(c) >= 0 && (i == surname || !endsByItself)) {
                return 0;
            }
        }
        if (length <= surname || PLACE_SUFFIX.matcher(text).region(start + length, text.length()).lookingAt()) {
            return 0;
        }
        return length;
    }

    /**
     * After a weak cue, whether HanLP reads the candidate as a name rather than a place or a word (我是江西人, 业主向物业):
     * every word of two or more characters in it must be a person's name, and a candidate HanLP keeps whole must be
     * a name outright when the cue is as loose as 我是.
     */
    private static boolean plausibleName(String candidate, boolean strict) {
        List<Term> terms = StandardTokenizer.segment(candidate);
        if (terms.size() == 1) {
            // One word: after 我是 a name only if HanLP knows it as one (我是党员); after the other cues any noun
            // but a place or a body (我父亲李子 is a name, 业主向物业 and 我是江西人 are not).
            String nature = String.valueOf(terms.get(0).nature);
            return nature.startsWith("nr") || (!strict && nature.startsWith("n") && !nature.startsWith("ns") && !nature.startsWith("nt"));
        }
        for (Term term : terms) {
            if (term.word.length() >= 2 && (term.nature == null || !term.nature.startsWith("nr"))) {
                return false;
            }
        }
        return true;
    }

    private static int endBeforeNextWord(String text, int start, boolean compound) {
        int shortest = compound ? 3 : 2;
        for (int length = shortest; length <= shortest + 1; length++) {
            if (AFTER_NAME.matcher(text).region(start + length, text.length()).lookingAt()) {
                return length;
            }
        }
        return 0;
    }

    private static int personNameLength(String window) {
        List<Term> terms = StandardTokenizer.segment(window);
        if (terms.isEmpty()) {
            return 0;
        }
        Term first = terms.get(0);
        return first.nature != null && first.nature.startsWith("nr") ? first.word.length() : 0;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
