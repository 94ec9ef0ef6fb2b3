package org.yuqing.jobs.text;

import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.tokenizer.StandardTokenizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal data of private persons before a document is stored: mainland identity card numbers (only
 * those whose check digit is right), mobile and landline numbers, e-mail addresses, bank card numbers (only
 * those that pass the Luhn check) and the names that citizens give after cues such as 我叫, 本人, 姓名： or
 * 联系人. Every masked digit or letter becomes {@code *}, as the portals themselves do; a name keeps its surname
 * ({@code 我叫曹正科} becomes {@code 我叫曹**}) so that the text still reads.
 *
 * <p>What must survive: document numbers (国办发〔2019〕54号), dates, amounts, message and order numbers
 * (a number right after 编号, 单号, 文号 ... is never masked), public bodies and officials named by their title
 * (联系人：王科长).
 */
public final class PiiMasker {

    private static final String NOT_ALNUM_BEFORE = "(?<![0-9A-Za-z_.@-])";
    private static final String NOT_ALNUM_AFTER = "(?![0-9A-Za-z_@])";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![0-9A-Za-z_.+-])([A-Za-z0-9._%+-]{1,64})@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");
    private static final Pattern ID_CARD = Pattern.compile(NOT_ALNUM_BEFORE
            + "[1-9]\\d{5}(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[0-9Xx]" + NOT_ALNUM_AFTER);
    private static final Pattern BANK_CARD = Pattern.compile(NOT_ALNUM_BEFORE
            + "[3-6]\\d{3}(?:[ -]?\\d{4}){2}(?:[ -]?\\d{1,4}){1,2}" + NOT_ALNUM_AFTER);
    private static final Pattern MOBILE = Pattern.compile(NOT_ALNUM_BEFORE
            + "(?:(?:\\+|00)?86[ -]?)?1[3-9]\\d(?:[ -]?\\d{4}){2}" + NOT_ALNUM_AFTER);
    private static final Pattern LANDLINE = Pattern.compile(NOT_ALNUM_BEFORE
            + "(?:[(（]0\\d{2,3}[)）][ -]?|0\\d{2,3}[ -])\\d{7,8}(?:-\\d{1,4})?" + NOT_ALNUM_AFTER);
    // A bare 7 or 8 digit number is a phone only when the writer says so.
    private static final Pattern CUED_LOCAL_NUMBER = Pattern.compile(
            "(?:电话|座机|手机|联系方式|tel|Tel|TEL)(?:号码)?(?:是|为)?[:：]?\\s*(\\d{7,8})" + NOT_ALNUM_AFTER);
    // Numbers after these words identify a message, an order or a document, not a person.
    private static final Pattern REFERENCE_CUE = Pattern.compile("(?:编号|单号|文号|订单|流水号|案号|批号|工单|序号)[^0-9]{0,3}$");

    private static final List<String> NAME_CUES = List.of("我叫", "本人", "姓名", "联系人", "报告人", "反映人", "投诉人", "举报人");
    private static final Pattern NAME_CUE = Pattern.compile("(?:我叫|本人叫|本人|姓名|联系人|报告人|反映人|投诉人|举报人)[:：]?\\s?");
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
            + "今昨前后家住现曾将再又该此这那其某市县区省镇村街路号楼室电话手机身份证性别男女岁出生工作单位反映投诉举报";
    private static final List<String> TITLES = List.of(
            "局长", "主任", "书记", "市长", "县长", "区长", "镇长", "乡长", "村长", "科长", "处长", "厅长", "部长", "省长", "主席",
            "委员", "代表", "经理", "老师", "校长", "院长", "医生", "警官", "所长", "队长", "站长", "组长", "总", "工", "师傅",
            "先生", "女士", "同志");

    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String masked = maskEmails(text);
        // Every number masked below has at least 7 digits in one stretch; most texts have none (dates and amounts
        // are shorter), and skip five regex scans.
        if (longestNumber(masked) >= 7) {
            masked = maskDigits(masked, ID_CARD, PiiMasker::isValidIdNumber);
            masked = maskDigits(masked, BANK_CARD, PiiMasker::isBankCardNumber);
            masked = maskDigits(masked, MOBILE, number -> true);
            masked = maskDigits(masked, LANDLINE, number -> true);
            masked = maskCuedLocalNumbers(masked);
        }
        return hasNameCue(masked) ? maskNames(masked) : masked;
    }

    private static boolean hasNameCue(String text) {
        for (String cue : NAME_CUES) {
            if (text.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /** The most digits in one stretch of digits and the separators phone and card numbers are written with. */
    private static int longestNumber(String text) {
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                longest = Math.max(longest, ++current);
            } else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '（' && c != '）' && c != '+') {
                current = 0;
            }
        }
        return longest;
    }

    private static String maskEmails(String text) {
        if (text.indexOf('@') < 0) {
            return text;
        }
        Matcher m = EMAIL.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(stars(m.group(1).length()) + "@" + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private interface Check {
        boolean accepts(String digits);
    }

    private static String maskDigits(String text, Pattern pattern, Check check) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String found = m.group();
            if (isReference(text, m.start()) || !check.accepts(found.replaceAll("[^0-9Xx]", ""))) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, last, m.start()).append(starDigits(found));
            last = m.end();
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
    }

    private static String maskCuedLocalNumbers(String text) {
        Matcher m = CUED_LOCAL_NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start(1)).append(stars(m.group(1).length()));
            last = m.end(1);
        }
        return out.append(text, last, text.length()).toString();
    }

    private static boolean isReference(String text, int start) {
        int from = Math.max(0, start - 8);
        return REFERENCE_CUE.matcher(text.substring(from, start)).find();
    }

    private static String maskNames(String text) {
        Matcher cue = NAME_CUE.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (cue.find()) {
            int start = cue.end();
            int length = nameLength(text, start);
            if (length == 0) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            int surname = COMPOUND_SURNAMES.contains(text.substring(start, Math.min(text.length(), start + 2))) ? 2 : 1;
            out.append(text, last, start + surname).append(stars(length - surname));
            last = start + length;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, last, text.length()).toString();
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

    static boolean isValidIdNumber(String id) {
        if (id.length() != 18) {
            return false;
        }
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        char expected = "10X98765432".charAt(sum % 11);
        return Character.toUpperCase(id.charAt(17)) == expected;
    }

    static boolean isBankCardNumber(String digits) {
        if (digits.length() < 16 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static String starDigits(String found) {
        StringBuilder out = new StringBuilder(found.length());
        for (int i = 0; i < found.length(); i++) {
            char c = found.charAt(i);
            out.append(Character.isLetterOrDigit(c) ? '*' : c);
        }
        return out.toString();
    }

    private static String stars(int n) {
        return "*".repeat(n);
    }
}
