package org.yuqing.jobs.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Document numbers (发文字号) in their canonical form {@code 示政办〔2026〕41号}. People type the year brackets as
 * [], (), （）, 【】 or ［］ because 〔〕 is hard to enter; all of them mean the same number.
 */
public final class DocNumbers {

    private static final Pattern DOC_NO = Pattern.compile(
            "([\\p{IsHan}]{1,10}?)\\s*[〔\\[［(（【]\\s*(\\d{4})\\s*[〕\\]］)）】]\\s*第?\\s*(\\d{1,4})\\s*号");

    private DocNumbers() {
    }

    /** The canonical form of one number written in any of the usual ways; the input unchanged if it is none. */
    public static String canonical(String written) {
        Matcher matcher = DOC_NO.matcher(written.strip());
        return matcher.matches() ? format(matcher) : written.strip();
    }

    /** Every document number in a text, canonical. Expects simplified characters (號 is not 号). */
    public static List<String> findAll(String text) {
        if (text.indexOf('号') < 0) {
            // most comments have none, and the pattern tries every Han character as the start of an issuer
            return List.of();
        }
        List<String> found = new ArrayList<>();
        Matcher matcher = DOC_NO.matcher(text);
        while (matcher.find()) {
            found.add(format(matcher));
        }
        return found;
    }

    private static String format(Matcher matcher) {
        return matcher.group(1) + "〔" + matcher.group(2) + "〕" + Integer.parseInt(matcher.group(3)) + "号";
    }
}
