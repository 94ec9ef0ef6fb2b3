package org.yuqing.jobs.policy;

import com.hankcs.hanlp.HanLP;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a policy as published (title, number, text) into a {@link Policy} with clauses and facts. */
public final class PolicyFactory {

    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})年");

    private final ClauseSplitter splitter = new ClauseSplitter(HanLP::convertToSimplifiedChinese, new FactExtractor());

    public Policy create(String id, String title, String docNo, String issuer, String draftingBody,
                         LocalDate publishedAt, String text, String interpretation) {
        String simplifiedTitle = HanLP.convertToSimplifiedChinese(title);
        String canonicalDocNo = docNo == null ? null : DocNumbers.canonical(HanLP.convertToSimplifiedChinese(docNo));
        return new Policy(id, title, ShortTitles.of(simplifiedTitle), canonicalDocNo, issuer, draftingBody,
                publishedAt, text, splitter.split(id, text, subjectYear(simplifiedTitle, publishedAt)),
                interpretation);
    }

    /** 关于2019年部分节假日安排的通知 is about 2019 although published in 2018; its 2月4日 means 2019. */
    public static int subjectYear(String title, LocalDate publishedAt) {
        Matcher year = YEAR_IN_TITLE.matcher(title);
        return year.find() ? Integer.parseInt(year.group(1)) : publishedAt.getYear();
    }
}
