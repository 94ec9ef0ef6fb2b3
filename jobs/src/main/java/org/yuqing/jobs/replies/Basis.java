package org.yuqing.jobs.replies;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does the reply say on what grounds: a law, regulation or policy by title (《物业管理条例》), a clause
 * (第十二条), a document number (长政发〔2019〕3号), or an explicit 根据…规定. Two kinds of grounds score full.
 */
final class Basis {

    private static final Pattern TITLE = Pattern.compile(
            "《[^《》]{2,60}(?:法|条例|办法|规定|细则|意见|通知|决定|规划|方案|标准|规范|规则|纲要|政策|实施|指南|准则)[^《》]{0,10}》");
    private static final Pattern ARTICLE = Pattern.compile("第[一二三四五六七八九十百零〇\\d]+条");
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "[\\u4e00-\\u9fa5A-Z]{1,10}[〔\\[【(（]\\d{4}[〕\\]】)）]\\d+号");
    private static final Pattern ACCORDING = Pattern.compile("(?:根据|按照|依据|依照)[^。；]{0,60}(?:规定|要求|政策|标准|文件|精神)");

    record Result(double score, List<String> citations) {
    }

    private Basis() {
    }

    static Result of(String reply) {
        List<String> citations = new ArrayList<>();
        Set<String> kinds = new LinkedHashSet<>();
        for (Pattern kind : List.of(TITLE, ARTICLE, DOCUMENT_NUMBER, ACCORDING)) {
            Matcher m = kind.matcher(reply);
            while (m.find()) {
                kinds.add(kind.pattern());
                if (kind != ACCORDING && !citations.contains(m.group()) && citations.size() < 10) {
                    citations.add(m.group());
                }
            }
        }
        return new Result(Math.min(1, kinds.size() / 2.0), List.copyOf(citations));
    }
}
