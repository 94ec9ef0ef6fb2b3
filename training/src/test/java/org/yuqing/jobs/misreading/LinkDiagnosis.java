package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.yuqing.training.watch.PolicyWatchEvaluation;
import org.yuqing.training.watch.WatchTraining;

/** Where links go wrong, per fold weights: the labelled policy not proposed, proposed below the threshold, or beaten. */
public final class LinkDiagnosis {

    public static void main(String[] args) {
        PolicyWatchEvaluation evaluation = new PolicyWatchEvaluation();
        WatchCorpus corpus = evaluation.corpus();
        PolicyIndex index = evaluation.index();
        int notProposed = 0, below = 0, beaten = 0, right = 0;
        for (int f = 0; f < 5; f++) {
            int held = f;
            List<LabelledComment> training = corpus.comments().stream()
                    .filter(c -> PolicyWatchEvaluation.fold(c.policyId() != null ? c.policyId() : c.id()) != held).toList();
            MisreadingDetector detector = new MisreadingDetector(index, new WatchTraining(index).train(training, List.of()));
            for (LabelledComment c : corpus.comments()) {
                if (c.policyId() == null || PolicyWatchEvaluation.fold(c.policyId()) != held) continue;
                var prepared = detector.prepare(c.text(), null);
                List<MisreadingDetector.Candidate> cs = new ArrayList<>(detector.candidates(prepared, null, null));
                cs.sort(Comparator.comparingDouble(MisreadingDetector.Candidate::probability).reversed());
                int at = -1;
                for (int i = 0; i < cs.size(); i++) if (cs.get(i).policy().id().equals(c.policyId())) at = i;
                String what;
                if (at < 0) { notProposed++; what = "NOTPROPOSED"; }
                else if (at > 0) { beaten++; what = String.format(Locale.ROOT, "BEATEN p=%.2f by %s %.2f", cs.get(at).probability(), cs.get(0).policy().id(), cs.get(0).probability()); }
                else if (cs.get(0).probability() < WatchModel.LINK) { below++; what = String.format(Locale.ROOT, "BELOW p=%.2f next %.2f", cs.get(0).probability(), cs.size() > 1 ? cs.get(1).probability() : 0); }
                else { right++; continue; }
                System.out.println(what + "  " + c.id() + ": " + c.text());
            }
        }
        System.out.printf("right %d, below threshold %d, beaten %d, not proposed %d%n", right, below, beaten, notProposed);
    }
}
