package org.yuqing.jobs.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses (the part before the {@code @}; the domain stays, it says little about the person) and phone
 * numbers of private persons. A phone number the sentence gives as a public body's (咨询电话, 市人社局 ...: see
 * {@link PublicAttribution}) stays; short service numbers (12345, 110, 95588, 400 numbers) never look like a
 * person's.
 */
final class ContactDetails {

    private static final String BEFORE = "(?<![0-9A-Za-z_.@-])";
    private static final String AFTER = "(?![0-9A-Za-z_@])";

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![0-9A-Za-z_.+-])([A-Za-z0-9._%+-]{1,64})@(?:[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,8}\\.[A-Za-z]{2,24})");
    private static final Pattern MOBILE = Pattern.compile(BEFORE
            + "(?:(?:\\+|00)?86[ -]?)?1[3-9](?:[ .-]?\\d){9}" + AFTER);
    private static final Pattern LANDLINE = Pattern.compile(BEFORE
            + "(?:\\(0\\d{2,3}\\)[ -]?|0\\d{2,3}[ -]?)\\d{3,4}[ -]?\\d{4}(?:(?:-|转)\\d{1,4})?" + AFTER);
    // A bare 7 or 8 digit number is a phone only when the writer says so.
    private static final Pattern CUED_LOCAL_NUMBER = Pattern.compile(
            "(?:电话|座机|手机|联系方式|tel|Tel|TEL)(?:号码)?(?:是|为)?[:：]?\\s*(\\d{7,8})" + AFTER);

    private ContactDetails() {
    }

    static void maskEmails(MaskedText text) {
        Matcher m = EMAIL.matcher(text.folded);
        while (m.find()) {
            text.starAll(m.start(1), m.end(1));
        }
    }

    static void maskPhones(MaskedText text) {
        text.scan(MOBILE, MaskedText::startsNumber, m -> maskPrivate(text, m, 0, true));
        text.scan(LANDLINE, MaskedText::startsNumber, m -> maskPrivate(text, m, 0, false));
        Matcher m = CUED_LOCAL_NUMBER.matcher(text.folded);
        while (m.find()) {
            maskPrivate(text, m, 1, false);
        }
    }

    private static void maskPrivate(MaskedText text, Matcher m, int group, boolean mobile) {
        int start = m.start(group);
        int end = m.end(group);
        if (!text.isReference(start) && !PublicAttribution.isPublicPhone(text.folded, start, end, mobile)) {
            text.star(start, end);
        }
    }
}
