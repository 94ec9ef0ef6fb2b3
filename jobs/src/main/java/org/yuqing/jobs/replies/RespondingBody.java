package org.yuqing.jobs.replies;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The government body that answered, read from the reply: the first body named with its level or place
 * (A5区教育局, 市住建局, A3区洋湖街道). Replies seldom sign off, but they say early who handled the matter.
 * A bare 我局 or 教育局 is not taken: without its level it does not say which one.
 */
final class RespondingBody {

    private static final Pattern BODY = Pattern.compile(
            "(?:[A-Z]\\d*[市区县]|西地省|省|市|区|县)[\\u4e00-\\u9fa5]{0,12}?"
                    + "(?:公安分局|分局|局|委员会|管委会|办公室|管理中心|服务中心|中心|大队|支队|街道办事处|街道|人民政府|政府)");
    private static final Pattern NOT_A_BODY = Pattern.compile(".*(?:我局|我区|我市|您|你|感谢|请|向|对).*");

    private RespondingBody() {
    }

    static Optional<String> in(String reply) {
        if (reply == null) {
            return Optional.empty();
        }
        Matcher m = BODY.matcher(reply);
        while (m.find()) {
            String body = m.group();
            if (!NOT_A_BODY.matcher(body).matches()) {
                return Optional.of(body);
            }
        }
        return Optional.empty();
    }
}
