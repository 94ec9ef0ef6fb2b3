package org.yuqing.jobs.policy;

import java.util.OptionalDouble;

/** Reads the numbers that policies and comments write in digits or in Chinese numerals (十九, 两, 一百二十). */
public final class ChineseNumbers {

    /** Characters a number may be written with; a pattern that finds numbers uses this class. */
    public static final String NUMBER = "(?:\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)";

    private ChineseNumbers() {
    }

    public static OptionalDouble parse(String written) {
        if (written == null || written.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (Character.isDigit(written.charAt(0))) {
            try {
                return OptionalDouble.of(Double.parseDouble(written));
            } catch (NumberFormatException e) {
                return OptionalDouble.empty();
            }
        }
        long total = 0;
        long digit = -1;
        for (char c : written.toCharArray()) {
            int value = digitValue(c);
            if (value >= 0) {
                digit = value;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalDouble.empty();
            }
            // 十九: a unit without a digit before it means one of it
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        if (digit > 0) {
            total += digit;
        }
        return OptionalDouble.of(total);
    }

    private static int digitValue(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
