package org.yuqing.training;

import java.util.List;

/** Accuracy, macro-averaged F1 and the confusion matrix of predictions against gold labels. */
public final class Metrics {

    private final List<String> labels;
    private final int[][] confusion; // [gold][predicted]
    private int total;

    public Metrics(List<String> labels) {
        this.labels = List.copyOf(labels);
        this.confusion = new int[labels.size()][labels.size()];
    }

    public void add(String gold, String predicted) {
        confusion[labels.indexOf(gold)][labels.indexOf(predicted)]++;
        total++;
    }

    public int total() {
        return total;
    }

    public double accuracy() {
        int right = 0;
        for (int i = 0; i < labels.size(); i++) {
            right += confusion[i][i];
        }
        return total == 0 ? 0 : (double) right / total;
    }

    /** The mean of the per-label F1 over the labels that occur in the gold data. */
    public double macroF1() {
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < labels.size(); i++) {
            int gold = 0;
            int predicted = 0;
            for (int j = 0; j < labels.size(); j++) {
                gold += confusion[i][j];
                predicted += confusion[j][i];
            }
            if (gold == 0) {
                continue;
            }
            double precision = predicted == 0 ? 0 : (double) confusion[i][i] / predicted;
            double recall = (double) confusion[i][i] / gold;
            sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            counted++;
        }
        return counted == 0 ? 0 : sum / counted;
    }

    /** The confusion matrix as text: one row per gold label, one column per predicted label. */
    public String confusionTable() {
        StringBuilder out = new StringBuilder("gold \\ predicted");
        for (String label : labels) {
            out.append('\t').append(label);
        }
        for (int i = 0; i < labels.size(); i++) {
            out.append('\n').append(labels.get(i));
            for (int j = 0; j < labels.size(); j++) {
                out.append('\t').append(confusion[i][j]);
            }
        }
        return out.toString();
    }
}
