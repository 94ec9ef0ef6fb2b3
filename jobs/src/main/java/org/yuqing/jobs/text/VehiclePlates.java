package org.yuqing.jobs.text;

import java.util.regex.Pattern;

/**
 * Licence plates (京A12345, 粤B·D12345 for new-energy cars, 沪A-12345, 湘A1234学). The province and the city
 * letter stay (京A·*****): they say where the car is registered, which the dashboards use, and identify nobody.
 */
final class VehiclePlates {

    private static final String PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼";
    private static final Pattern PLATE = Pattern.compile(
            "[" + PROVINCES + "] ?[A-HJ-NP-Za-hj-np-z]"
                    + "[ ·•・.．-]?([A-HJ-NP-Za-hj-np-z0-9](?: ?[A-HJ-NP-Za-hj-np-z0-9]){4,5}|[A-HJ-NP-Za-hj-np-z0-9]{4}[挂学警港澳领])"
                    + "(?![0-9A-Za-z])");

    private VehiclePlates() {
    }

    static void mask(MaskedText text) {
        text.scan(PLATE, VehiclePlates::canStart, m -> {
            if (digitCount(m.group(1)) >= 2) {
                text.star(m.start(1), m.end(1));
            }
        });
    }

    /** From the city letter back to the province's character before it, or before one space. */
    private static int canStart(String text, int letter) {
        char c = text.charAt(letter);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
            return -1;
        }
        int province = letter >= 2 && text.charAt(letter - 1) == ' ' ? letter - 2 : letter - 1;
        return province >= 0 && PROVINCES.indexOf(text.charAt(province)) >= 0 ? province : -1;
    }

    private static int digitCount(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }
}
