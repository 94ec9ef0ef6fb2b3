package org.yuqing.jobs.classify;

import java.util.List;

/** The three classifiers of the analysis chain, with their labels and the name of their model file. */
public enum Task {
    TOPIC(List.of("城乡建设", "劳动和社会保障", "教育文体", "商贸旅游", "环境保护", "卫生计生", "交通运输")),
    SENTIMENT(List.of("positive", "negative")),
    EMOTION(List.of("happy", "angry", "neutral", "sad", "fear", "surprise"));

    private final List<String> labels;

    Task(List<String> labels) {
        this.labels = labels;
    }

    public List<String> labels() {
        return labels;
    }

    public String modelFile() {
        return name().toLowerCase(java.util.Locale.ROOT) + ".model";
    }
}
