package org.yuqing.jobs.text;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a public body's published phone number or address (市人社局咨询电话0731-12345678, 办事大厅地址：…路88号)
 * from a private person's. A number or address is public when the sentence attributes it to a public body after
 * the last word that ties it to a person (我的, 家住, 业主 ...), or when a public body's name follows it at once
 * (…路88号的市民之家, 0731-88888888（市医保局）). Everything else is private: when in doubt, mask.
 */
final class PublicAttribution {

    /** How far back a cue can be: a sentence of a long letter, not the whole letter. */
    private static final int WINDOW = 60;
    private static final int AFTER = 14;

    private static final String BODY_WORDS = "局|厅|委员会|委|办公室|办|政府|中心|大厅|法院|检察院|派出所|公安|交警|支队|大队|医院|卫生院"
            + "|医保|社保|税务|银行|营业厅|办事处|服务站|服务点|居委会|村委会|管委会|街道|街道办|指挥部|热线|窗口|学校|公司|集团"
            + "|市民之家|便民服务|信访|总工会|妇联|团委|协会|供电|自来水|燃气|电视台|报社|纪委|监委|检测站|车管所|服务处|部门|单位"
            + "|工作组|国土所|司法所|财政所|供电所|卫生所|管理所|小学|中学|大学|幼儿园|校区|仲裁院|仲裁委|研究院|设计院|学院";
    private static final String BODY = "(?:" + BODY_WORDS + ")";

    /** Words that give a number as a service's, whoever says them. */
    private static final String SERVICE_WORDS = "咨询电话|咨询热线|服务电话|服务热线|服务专线|办公电话|值班电话|监督电话|监督热线"
            + "|举报电话|举报热线|投诉电话|投诉热线|受理电话|政务热线|政务服务热线|业务电话|客服电话|客服热线|报名电话|办事电话|预约电话"
            + "|官方电话|公开电话|招生电话|咨询专线|热线电话|请拨打|欢迎致电|可致电|详询|与我们联系|建议拨打|可拨打|请致电|电话咨询";
    private static final String SERVICE_PHONE = "(?:" + SERVICE_WORDS + ")";
    private static final Cue SERVICE_PHONE_CUE = new Cue(SERVICE_PHONE, SERVICE_WORDS);
    private static final Cue PUBLIC_PHONE_CUE = new Cue(
            BODY + "(?:[^，,。；;]{0,8}?|[，,][^，,。；;]{0,4}?)(?:电话|热线|专线|座机|号码|联系方式|:|：|[(（])|" + SERVICE_PHONE,
            BODY_WORDS + "|" + SERVICE_WORDS);
    private static final String PRIVATE_PHONE_WORDS = "我|本人|家属|家里|父亲|母亲|儿子|女儿|丈夫|妻子|老公|老婆|爱人|孩子|个人|私人|手机"
            + "|业主|住户|房东|租客|司机|老板|师傅|邻居|投诉人|举报人|反映人|此人|对方|他的|她的|其电话|姓名";
    private static final Cue PRIVATE_PHONE_CUE = new Cue(PRIVATE_PHONE_WORDS, PRIVATE_PHONE_WORDS);

    private static final String ADDRESS_WORDS = "办公|办事|受理|服务|咨询|报名|现场|窗口|单位|前往|请到|请至";
    private static final Cue PUBLIC_ADDRESS_CUE = new Cue(
            BODY + "[^，,。；;]{0,6}?(?:地址|地点|位于|设在|坐落|搬迁|迁至|搬至|在|:|：|[(（])"
                    + "|(?:办公|办事|受理|服务|咨询|报名|现场|窗口|单位)(?:地址|地点)|前往|请到|请至"
                    // 区教育局招生咨询电话…，地址…: the body's contact block, no person's word in between
                    + "|(?:" + BODY + "|" + SERVICE_PHONE + ")(?:(?!我|家|住|本人)[^。；;]){0,30}?(?:地址|地点)"
                    // 市政府3号楼, 政务服务中心3楼: the body's own name right before the address
                    + "|" + BODY + "$",
            BODY_WORDS + "|" + SERVICE_WORDS + "|" + ADDRESS_WORDS);
    private static final String PRIVATE_ADDRESS_WORDS = "家住|住在|住址|居住|租住|现住|暂住|住|家庭地址|户籍|我家|我们家|家里|老家|业主"
            + "|住户|邻居|楼上|楼下|对门|隔壁|房东|租客|我|本人|父亲|母亲|老人|家中|房子|房屋|寄到|收货|快递|送到";
    private static final Cue PRIVATE_ADDRESS_CUE = new Cue(PRIVATE_ADDRESS_WORDS, PRIVATE_ADDRESS_WORDS);
    private static final Pattern BODY_AFTER = Pattern.compile(
            "(?:的|[(（])?[^，,。；;！!？?\\s()（）]{0,8}?" + BODY);

    private PublicAttribution() {
    }

    /**
     * A cue pattern and the characters its matches can start with. java.util.regex tries every branch of an
     * alternation at every position; the cue is tried only where one of its words can start.
     */
    private record Cue(Pattern pattern, BitSet first) {

        Cue(String regex, String words) {
            this(Pattern.compile(regex), firstCharacters(words));
        }

        private static BitSet firstCharacters(String words) {
            BitSet first = new BitSet(Character.MAX_VALUE + 1);
            for (String word : words.split("\\|")) {
                first.set(word.charAt(0));
            }
            return first;
        }

        /** Where the last match that starts in [from, to) and ends by {@code to} ends; -1 when none does. */
        int lastEnd(String text, int from, int to) {
            Matcher m = null;
            int last = -1;
            for (int i = from; i < to; i++) {
                if (!first.get(text.charAt(i))) {
                    continue;
                }
                if (m == null) {
                    m = pattern.matcher(text);
                }
                if (m.region(i, to).lookingAt()) {
                    last = Math.max(last, m.end());
                }
            }
            return last;
        }
    }

    /**
     * A landline is public when a public body or a service word claims it; a mobile number only when a service word
     * does (咨询电话138…): a body's name near a mobile number is more often the body a citizen wrote to.
     */
    static boolean isPublicPhone(String text, int start, int end, boolean mobile) {
        return isPublic(text, start, end, mobile ? SERVICE_PHONE_CUE : PUBLIC_PHONE_CUE, PRIVATE_PHONE_CUE);
    }

    static boolean isPublicAddress(String text, int start, int end) {
        return isPublic(text, start, end, PUBLIC_ADDRESS_CUE, PRIVATE_ADDRESS_CUE);
    }

    private static boolean isPublic(String text, int start, int end, Cue publicCue, Cue privateCue) {
        int from = sentenceStart(text, start);
        int lastPublic = publicCue.lastEnd(text, from, start);
        int lastPrivate = privateCue.lastEnd(text, from, start);
        if (lastPrivate >= 0 && lastPrivate >= lastPublic) {
            return false;
        }
        if (lastPublic >= 0) {
            return true;
        }
        int to = Math.min(text.length(), end + AFTER);
        return BODY_AFTER.matcher(text).region(end, to).lookingAt();
    }

    private static int sentenceStart(String text, int start) {
        int limit = Math.max(0, start - WINDOW);
        for (int i = start - 1; i >= limit; i--) {
            char c = text.charAt(i);
            // Not ；: lists of bodies and their numbers run on with it.
            if (c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '\n') {
                return i + 1;
            }
        }
        return limit;
    }
}
