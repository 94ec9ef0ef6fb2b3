package org.yuqing.cli.querybench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;
import org.yuqing.core.json.Json;

/**
 * Analysed documents as the job indexes them, made up but shaped like the real stream: a few sources carry most
 * of it, topics and places are skewed the way message boards are (城乡建设 and the capital far ahead), about a
 * third is negative, keywords follow a long tail, and times spread over the last 90 days with more by day than
 * by night. Seeded, so two runs load the same million documents.
 */
final class SyntheticDocuments {

    static final int DAYS = 90;
    private static final List<String> TOPICS = List.of("城乡建设", "劳动和社会保障", "教育文体", "商贸旅游", "环境保护",
            "卫生计生", "交通运输");
    private static final double[] TOPIC_WEIGHTS = {0.27, 0.19, 0.16, 0.11, 0.10, 0.09, 0.08};
    private static final List<String> KINDS = List.of("comment", "message", "reply", "policy", "interpretation");
    private static final double[] KIND_WEIGHTS = {0.62, 0.25, 0.10, 0.02, 0.01};
    private static final List<String> EMOTIONS = List.of("neutral", "angry", "sad", "happy", "fear", "surprise");
    private static final String[] CITIES = {"长沙市", "株洲市", "湘潭市", "衡阳市", "邵阳市", "岳阳市", "常德市", "张家界市",
        "益阳市", "郴州市", "永州市", "怀化市", "娄底市", "湘西州"};
    private static final String[] DISTRICTS = {"岳麓区", "芙蓉区", "天心区", "开福区", "雨花区", "望城区", "长沙县", "浏阳市",
        "宁乡市", "荷塘区", "芦淞区", "石峰区", "雨湖区", "岳塘区"};
    private static final String[] SUBJECTS = {"小区", "物业", "停车", "噪音", "学校", "学位", "医保", "社保", "养老金", "公交",
        "地铁", "道路", "积水", "垃圾", "污水", "油烟", "拆迁", "补偿", "房价", "公积金", "就业", "工资", "拖欠", "医院",
        "挂号", "疫苗", "景区", "门票", "燃气", "供水", "停电", "路灯", "绿化", "占道", "违建", "电梯", "加装", "户口",
        "落户", "补贴", "低保", "高速", "收费", "快递", "网约车", "校车", "食堂", "农贸市场", "菜价", "共享单车"};
    private static final String[] VERBS = {"反映", "希望", "要求", "投诉", "咨询", "建议", "请求", "呼吁"};
    private static final String[] TAILS = {"问题长期得不到解决", "严重影响居民生活", "希望有关部门尽快处理", "已经多次反映",
        "请相关部门给予答复", "感谢政府的关心", "政策落实得很好", "办事效率有待提高"};

    private final SplittableRandom random;
    private final long nowMillis;
    private final String[] keywordPool;

    SyntheticDocuments(long seed, Instant now) {
        this.random = new SplittableRandom(seed);
        this.nowMillis = now.toEpochMilli();
        this.keywordPool = keywordPool();
    }

    /** Two thousand keywords: every subject, and subject pairs, so the tail is long. */
    private static String[] keywordPool() {
        String[] pool = new String[2000];
        for (int i = 0; i < pool.length; i++) {
            pool[i] = i < SUBJECTS.length ? SUBJECTS[i]
                    : SUBJECTS[i % SUBJECTS.length] + SUBJECTS[(i / SUBJECTS.length) % SUBJECTS.length];
        }
        return pool;
    }

    /** The n-th document's JSON source, as the analysis job would write it. */
    ObjectNode next(long n) {
        String topic = pick(TOPICS, TOPIC_WEIGHTS);
        String kind = pick(KINDS, KIND_WEIGHTS);
        String city = CITIES[zipf(CITIES.length)];
        String district = DISTRICTS[zipf(DISTRICTS.length)];
        String subject = keywordPool[zipf(SUBJECTS.length)];
        String second = keywordPool[zipf(keywordPool.length)];
        double score = Math.max(-1, Math.min(1, random.nextGaussian() * 0.5 - 0.1));
        String sentiment = score < -0.3 ? "negative" : score > 0.3 ? "positive" : "neutral";
        String text = city + district + subject + second + VERBS[random.nextInt(VERBS.length)]
                + TAILS[random.nextInt(TAILS.length)] + "，" + TAILS[random.nextInt(TAILS.length)] + "。";
        Instant published = Instant.ofEpochMilli(publishedMillis());
        ObjectNode doc = Json.mapper().createObjectNode();
        doc.put("id", "bench-" + n);
        doc.put("kind", kind);
        doc.put("source", "source-" + zipf(20));
        doc.put("url", "http://bench.invalid/" + n);
        doc.put("title", subject + second + "问题");
        doc.put("text", text);
        doc.put("published_at", published.atOffset(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS).toString());
        doc.put("fetched_at", published.plusSeconds(600).atOffset(ZoneOffset.ofHours(8)).toString());
        doc.put("region", city);
        doc.put("likes", random.nextInt(50) < 45 ? random.nextInt(10) : random.nextInt(5000));
        doc.put("clean_text", text);
        doc.put("tokens", String.join(" ", city, district, subject, second, "问题", "部门", "处理"));
        doc.put("topic", topic);
        doc.put("topic_score", 0.5 + random.nextDouble() / 2);
        doc.put("sentiment", sentiment);
        doc.put("sentiment_score", Math.round(score * 1000) / 1000.0);
        doc.put("emotion", sentiment.equals("negative") ? EMOTIONS.get(1 + random.nextInt(2)) : EMOTIONS.get(random.nextInt(EMOTIONS.size())));
        doc.putArray("keywords").add(subject).add(second).add(keywordPool[zipf(keywordPool.length)]);
        doc.putArray("places").add(city).add(city + district);
        doc.putArray("orgs");
        doc.putArray("policy_ids");
        doc.putObject("misreading").put("flag", false);
        doc.putObject("integrity").put("hijacked", false);
        doc.put("analyzed_at", published.plusSeconds(660).atOffset(ZoneOffset.ofHours(8)).toString());
        return doc;
    }

    /** Over the last 90 days, two thirds of it between 8:00 and 23:00 China time. */
    private long publishedMillis() {
        long day = nowMillis - (long) (random.nextDouble() * DAYS) * 86_400_000L;
        long startOfDay = day - Math.floorMod(day + 8 * 3_600_000L, 86_400_000L);
        long hour = random.nextInt(3) < 2 ? 8 + random.nextInt(15) : random.nextInt(24);
        long at = startOfDay + hour * 3_600_000L + random.nextLong(3_600_000L);
        return Math.min(at, nowMillis);
    }

    private String pick(List<String> values, double[] weights) {
        double r = random.nextDouble();
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values.get(i);
            }
        }
        return values.get(values.size() - 1);
    }

    /** An index in [0, n) with roughly Zipf's law: the first few far more often than the rest. */
    private int zipf(int n) {
        return (int) Math.min(n - 1, Math.floor(Math.pow(n + 1, random.nextDouble()) - 1));
    }
}
