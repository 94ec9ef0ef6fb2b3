package org.yuqing.jobs.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The house and room numbers of a home address (…路12号3栋501, …小区5幢2单元302室, …村3组15号, in Arabic,
 * full-width or Chinese numerals). The road, village or estate name stays, so the dashboards still know the place;
 * the numbers that lead to one door are masked, their unit words kept so that the text still reads (…路**号*栋***).
 *
 * <p>Only numbers that lead to one door count: a room (室, 房, the 501 of 3栋501, 3-2-501) or a house number on a
 * road or in a village group (路12号, 3组15号). A building, unit or floor alone (19栋没有地下车库, 1楼门面, 田坪村十一组)
 * is shared by dozens of households, and complaints about buildings name them all the time: it stays. A public
 * body's address (市人社局地址：…路88号) stays too: see {@link PublicAttribution}.
 */
final class HomeAddresses {

    private static final String N = "(?:\\d{1,5}|[零〇一二三四五六七八九十百两]{1,6})";
    private static final String HOUSE = "[甲乙丙丁]?" + N + "(?:-" + N + ")?号(?:院|附" + N + "号)?(?![线文令机码楼])";
    private static final String BUILDING = "(?:" + N + "|[A-Za-z])(?:栋|幢|座|号楼)(?![楼房])";
    private static final String UNIT = N + "(?:单元|门(?![口前外面市店诊]))";
    private static final String FLOOR = N + "(?:楼|层)(?![梯道下上盘房顶])";
    // 房 after Arabic digits only: 一房两证, 三房两厅 are kinds of flat, 702房 is one.
    private static final String ROOM = "(?:" + N + "(?:室(?![一二两三四\\d]?厅)|号房)|\\d{2,4}房(?![子屋产价东租间源贷款]))";
    private static final String GROUP = N + "(?:组|队)(?![织成长员])";
    private static final String LANE = N + "弄";
    // Not 7-9-10栋, a list of buildings.
    private static final String DASHED = "\\d{1,4}(?:-\\d{1,4}){1,3}(?![\\d栋幢座楼层单号])";
    private static final String BARE_ROOM = "(?:\\d{3,4}|[零〇一二三四五六七八九]{3,4})(?![\\d年月日元万个人次号天件块期届户米])";
    private static final String PART = "(?:" + String.join("|", LANE, HOUSE, BUILDING, UNIT, ROOM, GROUP, FLOOR, DASHED) + ")";
    // Once one part is there, a bare number of three or four digits that follows is a room (3栋501). No address has
    // more than a handful of parts; the bound keeps java.util.regex's recursion shallow on 1号1号1号… of any length.
    private static final Pattern TAIL = Pattern.compile(PART + "(?:[ ,，、]?(?:" + PART.substring(3, PART.length() - 1) + "|"
            + BARE_ROOM + ")){0,7}");

    /** A tail that reaches one door: a room, a bare room number after a building, unit or floor, or a-b-c. */
    private static final Pattern ROOM_LEVEL = Pattern.compile(
            "室|房|[栋幢座元楼层号] ?(?:\\d{3,4}|[零〇一二三四五六七八九]{3,4})$|^\\d{1,4}-\\d{1,4}-\\d{1,4}$");
    /** A house number (路12号, 3组15号), not a building (3号楼). */
    private static final Pattern HOUSE_LEVEL = Pattern.compile("号(?!楼)");
    /** Building-unit-room written with dashes (保利林语27-3-102) counts after any estate name. */
    private static final Pattern FLAT_DASHED = Pattern.compile("\\d{1,3}-\\d{1,2}-\\d{3,4}");
    private static final Pattern DATE_LIKE = Pattern.compile("^(?:19|20)\\d\\d-\\d{1,2}-\\d{1,2}$");
    /** Last characters of road, village and estate names, after which a bare house number is an address. */
    private static final String PLACE_END = "路街道巷弄同里村组区园苑庭府城湾寓居院坊墅阁轩期厦场馆庄邸郡段社屯堡舍台湖山岭坡镇乡寨洲坪岗桥楼都苑邨口";
    /** Roads, lanes and village groups: a house number in Chinese numerals counts only after these (公园一号 is a name). */
    private static final String ROAD_END = "路街道巷弄同里村组段口";
    /** Estate names after which a bare three or four digit number is a flat (万科公寓1208). */
    private static final String ESTATE_END = "寓苑庭府厦居墅舍邸";
    private static final Pattern ESTATE_FLAT = Pattern.compile(
            "(\\d{3,4})(?![\\d年月日元万个人次号天件块期届米平方㎡户栋多余国省县线路])");
    /** Counting words before a number: 小区有3栋, 共12户 are no address. */
    private static final String COUNTING = "有共了几每约近余多第这那";

    private HomeAddresses() {
    }

    static boolean endsPlaceName(char c) {
        return PLACE_END.indexOf(c) >= 0;
    }

    static void mask(MaskedText text) {
        String folded = text.folded;
        text.scan(TAIL, HomeAddresses::canStartTail, m -> {
            int start = m.start();
            char before = charBefore(folded, start);
            if (COUNTING.indexOf(before) < 0 && leadsToOneDoor(m.group(), before, folded, start)
                    && !PublicAttribution.isPublicAddress(folded, start, m.end())) {
                text.star(start, m.end());
            }
        });
        text.scan(ESTATE_FLAT, HomeAddresses::canStartFlat, m -> {
            if (!text.isMasked(m.start(1)) && !PublicAttribution.isPublicAddress(folded, m.start(1), m.end(1))) {
                text.star(m.start(1), m.end(1));
            }
        });
    }

    /** The first character of a number, not one inside it (the 23456号 of 123456号 is no house). */
    private static int canStartTail(String text, int i) {
        char c = text.charAt(i);
        if (c == '+' || c == '(' || (i > 0 && isInsideNumber(text, i))) {
            return -1;
        }
        return unitWordAhead(text, i) ? i : -1;
    }

    /** Every tail's first part ends in a unit word or is a-b: most numerals in a text (一个, 3天) have neither. */
    private static boolean unitWordAhead(String text, int i) {
        int end = Math.min(text.length(), i + 8);
        for (int j = i + 1; j < end; j++) {
            switch (text.charAt(j)) {
                case '号', '栋', '幢', '座', '单', '门', '楼', '层', '室', '房', '组', '队', '弄', '-':
                    return true;
                default:
                    if (!isNumeral(text.charAt(j)) && text.charAt(j) != '附') {
                        return false;
                    }
            }
        }
        return false;
    }

    private static int canStartFlat(String text, int i) {
        char c = text.charAt(i);
        return c >= '0' && c <= '9' && ESTATE_END.indexOf(charBefore(text, i)) >= 0 ? i : -1;
    }

    private static boolean isNumeral(char c) {
        return (c >= '0' && c <= '9') || MaskedText.chineseDigit(c) >= 0 || c == '十' || c == '百' || c == '两';
    }

    private static boolean leadsToOneDoor(String tail, char before, String text, int start) {
        if (DATE_LIKE.matcher(tail).find()) {
            return false;
        }
        boolean afterRoad = ROAD_END.indexOf(before) >= 0 || (before == '子' && text.startsWith("巷", start - 2));
        if (ROOM_LEVEL.matcher(tail).find()) {
            return afterRoad || PLACE_END.indexOf(before) >= 0 || tail.indexOf('-') < 0 || FLAT_DASHED.matcher(tail).matches();
        }
        if (!HOUSE_LEVEL.matcher(tail).find()) {
            return false;
        }
        boolean arabic = false;
        for (int i = 0; i < tail.length() && !arabic; i++) {
            arabic = tail.charAt(i) >= '0' && tail.charAt(i) <= '9';
        }
        return afterRoad || (arabic && PLACE_END.indexOf(before) >= 0);
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
