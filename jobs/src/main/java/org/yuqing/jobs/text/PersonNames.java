package org.yuqing.jobs.text;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names of private persons, found after the words citizens introduce them with (我叫, 本人, 姓名：, 联系人,
 * 业主, 我父亲 ...). The surname stays ({@code 我叫曹正科} becomes {@code 我叫曹**}) so that the text still reads;
 * officials named by their title (联系人：王科长) and public bodies stay.
 */
final class PersonNames {

    private static final List<String> CUES = List.of("我叫", "本人", "姓名", "联系人", "报告人", "反映人", "投诉人", "举报人",
            "我是", "申请人", "当事人", "业主", "户主", "留言人", "来信人", "署名", "落款", "签名", "患者", "受害人", "名叫",
            "名字", "我父亲", "我母亲", "我爸", "我妈", "我丈夫", "我妻子", "我老公", "我老婆", "我爱人", "我儿子", "我女儿",
            "我哥", "我姐", "我弟", "我妹", "我爷爷", "我奶奶", "我外婆", "我外公", "租户", "房东", "家属");
    private static final Pattern CUE = Pattern.compile("(?:我叫|本人叫|本人|姓名|联系人|报告人|反映人|投诉人|举报人|我是"
            + "|申请人|当事人|业主|户主|留言人|来信人|署名|落款|签名|患者|受害人|名叫|名字叫|名字是"
            + "|我(?:父亲|母亲|爸爸|妈妈|爸|妈|丈夫|妻子|老公|老婆|爱人|儿子|女儿|哥哥|姐姐|弟弟|妹妹|哥|姐|弟|妹|爷爷|奶奶|外婆|外公)"
            + "|租户|房东|家属)(?:是|为)?[:：]?\\s?");
    // After these a name is only one of many things that follow (我是江西人, 业主委员会): HanLP must see a person's name.
    private static final Pattern WEAK_CUE = Pattern.compile("^(?:我是|业主|户主|租户|房东|家属|患者|受害人|当事人|我.{1,2})");
    private static final int MAX_NAME = 4;
    private static final String SURNAMES =
            "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
            + "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
            + "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
            + "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
            + "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";
    private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙");
    // Characters that do not occur in given names but do follow the cues in ordinary sentences (本人于去年 ...).
    private static final String NOT_IN_NAMES = "是在于了的已从向对被把和与及等要想多次年月日去来到也都就还因为所以不没有个位名"
            + "今昨前后家住现曾将再又该此这那其某市县区省镇村街路号楼室电话手机身份证性别男女岁出生工作单位反映投诉举报"
            + "们们说让给跟称讲";
    private static final List<String> TITLES = List.of(
            "局长", "主任", "书记", "市长", "县长", "区长", "镇长", "乡长", "村长", "科长", "处长", "厅长", "部长", "省长", "主席",
            "委员", "代表", "经理", "老师", "校长", "院长", "医生", "警官", "所长", "队长", "站长", "组长", "总", "工", "师傅",
            "先生", "女士", "同志", "阿姨", "大爷", "大妈", "某");

    private PersonNames() {
    }

    static boolean hasCue(String text) {
        for (String cue : CUES) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    static void mask(MaskedText text) {
        String s = text.original;
        Matcher cue = CUE.matcher(s);
        while (cue.find()) {
            int start = cue.end();
            int length = nameLength(s, start);
            if (length > 0 && WEAK_CUE.matcher(cue.group()).find()
                    && personNameLength(s.substring(start, Math.min(s.length(), start + 8))) != length) {
                length = 0;
            }
            if (length > 0) {
                int surname = COMPOUND_SURNAMES.contains(s.substring(start, Math.min(s.length(), start + 2))) ? 2 : 1;
                text.starAll(start + surname, start + length);
            }
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
        // When the name runs into the next words (本人张三男), HanLP's person-name recognition finds its end.
        int length = run <= (compound ? 4 : 3) ? run : personNameLength(text.substring(start, Math.min(text.length(), start + 8)));
        if (length < 2 || length > (compound ? 4 : 3)) {
            return 0;
        }
        for (int i = compound ? 2 : 1; i < length; i++) {
            if (NOT_IN_NAMES.indexOf(window.charAt(i)) >= 0) {
                return 0;
            }
        }
        return length;
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
