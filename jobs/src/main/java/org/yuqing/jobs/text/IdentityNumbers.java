package org.yuqing.jobs.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that identify one person: mainland identity cards, bank cards, passports and the permits for Hong Kong,
 * Macao and Taiwan. A bare number counts when its own structure says what it is (the identity card's check digit,
 * the Luhn digit of a card, a UnionPay 62 prefix, a passport's E or G); a number that proves nothing by itself
 * counts when the writer names it (卡号, 工行, 护照, 通行证). Identity and card numbers are masked whole; passports
 * and permits keep their first letter, which only says which document it is.
 */
final class IdentityNumbers {

    private static final String BEFORE = "(?<![0-9A-Za-z_.@-])";
    private static final String AFTER = "(?![0-9A-Za-z_@])";

    private static final Pattern ID_CARD = Pattern.compile(BEFORE
            + "[1-9]\\d{5}[ -]?(?:18|19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[ -]?\\d{3}[0-9Xx]" + AFTER);
    private static final Pattern ID_CUE = Pattern.compile("身份证|证件号|身份号|公民身份");
    private static final Pattern CUED_ID_LIKE = Pattern.compile(BEFORE + "\\d{17}[0-9Xx]" + AFTER);

    // No separators, groups of four (the last one shorter, or the rest run together), a BIN written apart ...;
    // only the digit count (16 to 19) decides.
    private static final Pattern CARD = Pattern.compile(BEFORE
            + "\\d{4,19}(?:(?:[ -]| {2})\\d{3,15}){0,4}" + AFTER);
    private static final Pattern CARD_CUE = Pattern.compile(
            "卡|账号|帐号|账户|帐户|户名|开户|银行|工行|建行|农行|中行|交行|招行|邮储|农商|信用社|收款|转账|转入|打款|汇款|退款|退回|退至|退到|工资|补贴|存折|支付宝|微信");

    private static final Pattern PASSPORT = Pattern.compile(BEFORE + "(?:E[A-Z]\\d{7}|[EG]\\d{8})" + AFTER);
    private static final Pattern PERMIT = Pattern.compile(BEFORE + "(?:C[A-Z0-9]\\d{7}|W\\d{8})" + AFTER);
    private static final Pattern CUED_DOCUMENT = Pattern.compile(BEFORE + "[A-Za-z]{1,2}\\d{7,10}" + AFTER);
    private static final Pattern DOCUMENT_CUE = Pattern.compile("护照|通行证|回乡证|台胞证|签注|passport|Passport|PASSPORT");

    private IdentityNumbers() {
    }

    static void mask(MaskedText text) {
        maskIdCards(text);
        maskBankCards(text);
    }

    static void maskIdCards(MaskedText text) {
        text.scan(ID_CARD, MaskedText::startsNumber, m -> {
            if (!text.isReference(m.start()) && isValidIdNumber(digits(m.group()))) {
                text.star(m.start(), m.end());
            }
        });
        // A number written as an identity number but with a slip in it is still the writer's number.
        text.scan(CUED_ID_LIKE, MaskedText::startsNumber, m -> {
            if (text.cueBefore(ID_CUE, m.start(), 12)) {
                text.star(m.start(), m.end());
            }
        });
    }

    static void maskBankCards(MaskedText text) {
        text.scan(CARD, MaskedText::startsNumber, m -> {
            String digits = digits(m.group());
            if (digits.length() >= 16 && digits.length() <= 19 && !text.isReference(m.start())
                    && (isLuhnValid(digits) || digits.startsWith("62") || text.cueBefore(CARD_CUE, m.start(), 16))) {
                text.star(m.start(), m.end());
            }
        });
    }

    /** Passports and permits; only texts with an ASCII capital letter next to digits get here. */
    static void maskTravelDocuments(MaskedText text) {
        text.scan(PASSPORT, IdentityNumbers::letterAt, m -> keepFirstLetter(text, m));
        text.scan(PERMIT, IdentityNumbers::letterAt, m -> keepFirstLetter(text, m));
        text.scan(CUED_DOCUMENT, IdentityNumbers::letterAt, m -> {
            if (text.cueBefore(DOCUMENT_CUE, m.start(), 20)) {
                text.star(m.start() + 1, m.end());
            }
        });
    }

    private static int letterAt(String text, int i) {
        char c = text.charAt(i);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ? i : -1;
    }

    private static void keepFirstLetter(MaskedText text, Matcher m) {
        if (!text.isReference(m.start())) {
            text.star(m.start() + 1, m.end());
        }
    }

    private static String digits(String found) {
        StringBuilder out = new StringBuilder(found.length());
        for (int i = 0; i < found.length(); i++) {
            char c = found.charAt(i);
            if ((c >= '0' && c <= '9') || c == 'X' || c == 'x') {
                out.append(c);
            }
        }
        return out.toString();
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

    static boolean isLuhnValid(String digits) {
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
}
