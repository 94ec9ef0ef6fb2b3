package org.yuqing.jobs.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house, building, unit and room numbers of a home address (…路12号3栋501, …小区5幢2单元302室, …村3组15号,
 * in Arabic, full-width or Chinese numerals). The road, village or estate name stays, so the dashboards still know
 * the place; the numbers that lead to one door are masked, their unit words kept so that the text still reads
 * (…路**号*栋***). A public body's address (市人社局地址：…路88号) stays: see {@link PublicAttribution}.
 */
final class HomeAddresses {

    private static final String N = "(?:\\d{1,5}|[零〇一二三四五六七八九十百两]{1,6})";
    private static final String HOUSE = N + "(?:-" + N + ")?号(?:院|附" + N + "号)?(?![线文令令机码])";
    private static final String BUILDING = "(?:" + N + "|[A-Za-z])(?:栋|幢|座|号楼)(?![楼房])";
    private static final String UNIT = N + "(?:单元|门(?![口前外面市店诊]))";
    private static final String FLOOR = N + "(?:楼|层)(?![梯道下上盘房顶])";
    private static final String ROOM = N + "(?:室(?![一二两三四]?厅)|户|号房)";
    private static final String GROUP = N + "(?:组|队)(?![织成长员])";
    private static final String LANE = N + "弄";
    private static final String DASHED = "\\d{1,4}(?:-\\d{1,4}){1,3}(?!\\d)";
    private static final String BARE_ROOM = "(?:\\d{3,4}|[零〇一二三四五六七八九]{3,4})(?![\\d年月日元万个人次号天件块期届])";
    private static final String PART = "(?:" + String.join("|", LANE, HOUSE, BUILDING, UNIT, ROOM, GROUP, FLOOR, DASHED) + ")";
    // Once one part is there, a bare number of three or four digits that follows is a room (3栋501).
    private static final Pattern TAIL = Pattern.compile(PART + "(?:[ ,，、]?(?:" + PART.substring(3, PART.length() - 1) + "|"
            + BARE_ROOM + "))*");

    /** Tails that are an address wherever they stand. */
    private static final Pattern STRONG = Pattern.compile(
            "栋|幢|单元|号楼|号房|弄|\\d室|[零〇一二三四五六七八九]{3}室|\\d号院|\\d-\\d+-\\d");
    /** Last characters of road, village and estate names, after which a bare house number is an address. */
    private static final String PLACE_END = "路街道巷弄同里村组区园苑庭府城湾寓居院坊墅阁轩期厦场馆庄邸郡段社屯堡舍台湖山岭坡镇乡寨洲坪岗桥楼都苑邨";
    /** Counting words before a number: 小区有3栋, 共12户 are no address. */
    private static final String COUNTING = "有共了几每约近余多第这那";

    private HomeAddresses() {
    }

    static void mask(MaskedText text) {
        String folded = text.folded;
        Matcher m = TAIL.matcher(folded);
        while (m.find()) {
            int start = m.start();
            char before = charBefore(folded, start);
            if (COUNTING.indexOf(before) >= 0 || isInsideNumber(folded, start)) {
                continue;
            }
            boolean anchored = PLACE_END.indexOf(before) >= 0;
            if (!anchored && !STRONG.matcher(m.group()).find()) {
                continue;
            }
            if (!PublicAttribution.isPublicAddress(folded, start, m.end())) {
                text.star(start, m.end());
            }
        }
    }

    /** The character before {@code start}, skipping one space. */
    private static char charBefore(String text, int start) {
        int i = start - 1;
        if (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 ? text.charAt(i) : ' ';
    }

    private static boolean isInsideNumber(String text, int start) {
        if (start == 0) {
            return false;
        }
        char c = text.charAt(start - 1);
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-'
                || MaskedText.chineseDigit(c) >= 0 || c == '十' || c == '百';
    }
}
