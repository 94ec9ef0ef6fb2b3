package org.yuqing.jobs.misreading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.yuqing.jobs.policy.Clause;
import org.yuqing.jobs.policy.Policy;
import org.yuqing.jobs.policy.PolicyRegistry;

/**
 * Decides, for one comment, which registered policies it is about, which clause of the best one, and whether it
 * misreads that clause. Three steps, each a retrieval or a comparison followed by a learnt weighing
 * ({@link WatchModel}): candidates by BM25 over whole policies, reranked by the link model; clauses by BM25 and
 * facts, reranked by the clause model; the verdict by the flag model over facts compared and generic cues.
 */
public final class MisreadingDetector {

    /** Policies reranked per comment: the link model sees the best of BM25 and any policy named outright. */
    private static final int CANDIDATE_POLICIES = 5;
    /** And the best by meaning: the policies with a clause closest to the comment's sentence vector. */
    private static final int CANDIDATE_POLICIES_BY_MEANING = 3;
    /** How sure a link is when the comment was posted under the policy's page. */
    private static final double POSTED_UNDER = 0.99;
    /** How sure a link is when the comment cites the policy's document number. */
    private static final double CITED = 0.95;
    /** Clauses reranked per comment: the best of BM25, and any clause that states a value of the comment's unit. */
    private static final int CANDIDATE_CLAUSES = 8;
    /** Clauses besides the chosen one whose values are compared with the comment's. */
    private static final int OTHER_CLAUSES = 2;
    /** A clause this close in meaning to the closest one is weighed whatever its BM25. */
    private static final double CLOSE_COSINE = 0.05;

    private final PolicyIndex index;
    private final CommentReader reader;
    private final WatchModel model;

    public MisreadingDetector(PolicyRegistry registry) {
        this(new PolicyIndex(registry, WatchEncoder.shared()), WatchModel.shipped());
    }

    public MisreadingDetector(PolicyIndex index, WatchModel model) {
        this.index = index;
        this.reader = new CommentReader(index);
        this.model = model;
    }

    public PolicyIndex index() {
        return index;
    }

    /**
     * @param segmented   the words of the text as the analysis chain segmented it (the text is then its clean,
     *                    simplified text), or null to simplify and segment it here
     * @param writtenOn   the comment's day, which resolves 明年 and 下个月; null reads it as written on the policy's day
     * @param postedUnder the id of the page the comment was posted under ({@code reply_to}), or null
     */
    public Verdict watch(String text, List<String> segmented, LocalDate writtenOn, String postedUnder) {
        return watch(text, segmented, null, writtenOn, postedUnder);
    }

    /** @param vector the text's sentence vector from the analysis chain, or null to encode it here if need be */
    public Verdict watch(String text, List<String> segmented, float[] vector, LocalDate writtenOn,
                         String postedUnder) {
        CommentReader.Prepared comment = prepare(text, segmented, vector);
        List<Candidate> candidates = candidates(comment, writtenOn, postedUnder);
        List<PolicyLink> links = candidates.stream()
                .filter(candidate -> candidate.probability() >= WatchModel.LINK)
                .sorted(Comparator.comparing((Candidate candidate) -> !candidate.policy().id().equals(postedUnder))
                        .thenComparing(Comparator.comparingDouble(Candidate::probability).reversed()))
                .map(candidate -> new PolicyLink(candidate.policy().id(), candidate.probability(), List.of()))
                .toList();
        if (links.isEmpty()) {
            return new Verdict(List.of(), Misreading.none(null));
        }
        // the page the comment was posted under comes first, before any copy of the same policy elsewhere
        Candidate best = candidates.stream().filter(candidate -> candidate.policy().id().equals(postedUnder))
                .findFirst()
                .orElseGet(() -> candidates.stream().max(Comparator.comparingDouble(Candidate::probability))
                        .orElseThrow());
        return new Verdict(links, judge(comment, best));
    }

    /** What the comment gets wrong about the policy it is most likely about, if anything. */
    public Misreading detect(String text, LocalDate writtenOn) {
        return watch(text, null, writtenOn, null).misreading();
    }

    CommentReader.Prepared prepare(String text, List<String> segmented) {
        return prepare(text, segmented, null);
    }

    /** @param vector the text's sentence vector from the analysis chain, or null to encode it here if need be */
    CommentReader.Prepared prepare(String text, List<String> segmented, float[] vector) {
        // the chain segments clean text, which its normaliser has made simplified already
        String simplified = segmented != null ? text : index.simplify(text);
        return reader.prepare(text, simplified, index.contentWords(simplified, segmented),
                vector != null ? vector : index.vector(simplified));
    }

    /** The policies worth weighing for this comment, each with the link model's probability that it is the one. */
    List<Candidate> candidates(CommentReader.Prepared comment, LocalDate writtenOn, String postedUnder) {
        List<Policy> policies = index.policies();
        double[] scores = index.policyScores(comment.terms());
        double bestScore = IntStream.range(0, scores.length).mapToDouble(i -> scores[i]).max().orElse(0);
        List<Integer> order = IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed()).toList();
        List<Integer> chosen = new ArrayList<>(order.stream().limit(CANDIDATE_POLICIES)
                .filter(i -> scores[i] > 0).toList());
        double[] cosines = bestClauseCosines(comment);
        double bestCosine = max(cosines);
        IntStream.range(0, cosines.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> cosines[i]).reversed())
                .limit(CANDIDATE_POLICIES_BY_MEANING).filter(i -> cosines[i] > 0 && !chosen.contains(i))
                .forEach(chosen::add);
        for (int i = 0; i < policies.size(); i++) {
            Policy policy = policies.get(i);
            boolean named = policy.id().equals(postedUnder)
                    || (policy.docNo() != null && comment.docNumbers().contains(policy.docNo()));
            if (named && !chosen.contains(i)) {
                chosen.add(i);
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i : chosen) {
            candidates.add(candidate(comment, policies.get(i), scores[i], bestScore, nextBest(scores, i),
                    i == order.get(0), bestCosine, writtenOn, postedUnder));
        }
        // the candidates compete, with "none of them" as one more option of score 0 (a conditional logit); shifted
        // by the largest score so that exp cannot overflow
        double[] margins = candidates.stream().mapToDouble(c -> model.link().margin(c.features())).toArray();
        double largest = Math.max(0, Arrays.stream(margins).max().orElse(0));
        double total = Math.exp(-largest) + Arrays.stream(margins).map(m -> Math.exp(m - largest)).sum();
        double[] probabilities = Arrays.stream(margins).map(m -> Math.exp(m - largest) / total).toArray();
        List<Candidate> competing = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            // copies of one policy do not compete: what the comment says of one it says of the other
            double probability = probabilities[i];
            for (int j = 0; j < candidates.size(); j++) {
                if (j != i && index.copies(candidate.policy(), candidates.get(j).policy())) {
                    probability += probabilities[j];
                }
            }
            competing.add(new Candidate(candidate.policy(), candidate.reading(), candidate.features(),
                    settled(comment, candidate.policy(), postedUnder, Math.min(1, probability))));
        }
        return competing;
    }

    /**
     * One policy weighed as what the comment is about, whether or not retrieval would have proposed it: alone, so
     * that its probability is that of a choice between it and none.
     */
    Candidate candidate(CommentReader.Prepared comment, Policy policy, LocalDate writtenOn, String postedUnder) {
        double[] scores = index.policyScores(comment.terms());
        int at = index.position(policy);
        double bestScore = max(scores);
        return candidate(comment, policy, scores[at], bestScore, nextBest(scores, at), scores[at] >= bestScore,
                max(bestClauseCosines(comment)), writtenOn, postedUnder);
    }

    /** For each registered policy, the best cosine of the comment with one of its clauses or its title. */
    private double[] bestClauseCosines(CommentReader.Prepared comment) {
        PolicyVectors.Closeness closeness = comment.closeness();
        return IntStream.range(0, index.policies().size()).mapToDouble(closeness::best).toArray();
    }

    /** The best score of the other policies. */
    private static double nextBest(double[] scores, int except) {
        double best = 0;
        for (int i = 0; i < scores.length; i++) {
            if (i != except) {
                best = Math.max(best, scores[i]);
            }
        }
        return best;
    }

    private Candidate candidate(CommentReader.Prepared comment, Policy policy, double score, double bestScore,
                                double nextScore, boolean top, double bestCosine, LocalDate writtenOn,
                                String postedUnder) {
        CommentReading reading = comment.against(policy, writtenOn);
        double bestClause = max(index.clauseScores(policy.id(), comment.terms()));
        int at = index.position(policy);
        double titleCosine = comment.closeness().titles()[at];
        double clauseCosine = max(comment.closeness().clauses()[at]);
        double[] x = WatchFeatures.link(index, comment, reading, policy, score, bestScore, nextScore, top,
                bestClause, postedUnder, titleCosine, clauseCosine, bestCosine);
        return new Candidate(policy, reading, x, settled(comment, policy, postedUnder, model.link().probability(x)));
    }

    /**
     * The page a comment was posted under, or a document number it cites, settles what it is about; the corpus the
     * weights are learnt from has few of either, so they are not left to the weights.
     */
    private static double settled(CommentReader.Prepared comment, Policy policy, String postedUnder,
                                  double probability) {
        if (policy.id().equals(postedUnder)) {
            return Math.max(probability, POSTED_UNDER);
        }
        if (policy.docNo() != null && comment.docNumbers().contains(policy.docNo())) {
            return Math.max(probability, CITED);
        }
        return probability;
    }

    /** Whether the comment misreads the policy it is about, and which clause. */
    Misreading judge(CommentReader.Prepared comment, Candidate candidate) {
        List<RankedClause> clauses = rankedClauses(comment, candidate.reading(), candidate.policy());
        Policy policy = candidate.policy();
        if (clauses.isEmpty()) {
            return Misreading.none(policy.id());
        }
        double[] x = misreadingFeatures(candidate, clauses);
        double probability = model.flag().probability(x);
        if (probability < WatchModel.FLAG) {
            return new Misreading(false, null, null, null, policy.id(), probability, null);
        }
        Clause clause = clauses.get(0).clause();
        MisreadingKind kind = MisreadingKind.fromLabel(model.kind().best(x));
        return new Misreading(true, kind, clause.text(), clause.id(), policy.id(), probability,
                Evidence.of(index, candidate.reading(), clause, kind));
    }

    /** @param clauses the policy's clauses, best first */
    double[] misreadingFeatures(Candidate candidate, List<RankedClause> clauses) {
        RankedClause best = clauses.get(0);
        List<Clause> others = clauses.stream().skip(1).limit(OTHER_CLAUSES).map(RankedClause::clause).toList();
        // not the link's probability: whether a comment misreads a clause does not depend on how many similar
        // policies are registered beside it
        return WatchFeatures.misreading(index, candidate.reading(), candidate.policy(), best.clause(), others,
                best.bm25(), best.cosine());
    }

    /** The policy's clauses worth weighing for this comment, best first by the clause model. */
    List<RankedClause> rankedClauses(CommentReader.Prepared comment, CommentReading reading, Policy policy) {
        List<Clause> clauses = policy.clauses();
        double[] scores = index.clauseScores(policy.id(), comment.terms());
        double best = max(scores);
        double[] sentenceScores = index.clauseSentenceScores(policy.id(), comment.terms());
        double bestSentence = max(sentenceScores);
        double[] cosines = comment.closeness().clauses()[index.position(policy)];
        double bestCosine = max(cosines);
        List<Integer> order = IntStream.range(0, clauses.size()).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> scores[i]).reversed()).toList();
        List<RankedClause> ranked = new ArrayList<>();
        for (int rank = 0; rank < order.size(); rank++) {
            int i = order.get(rank);
            Clause clause = clauses.get(i);
            if (index.isHeading(clause)) {
                continue;
            }
            if (rank >= CANDIDATE_CLAUSES && FactCheck.sharedUnits(reading, clause) == 0
                    && cosines[i] < bestCosine - CLOSE_COSINE) {
                continue;
            }
            double[] x = WatchFeatures.clause(index, reading, clause, scores[i], best, rank, cosines[i], bestCosine,
                    sentenceScores[i], bestSentence);
            ranked.add(new RankedClause(clause, scores[i], cosines[i], x, model.clause().probability(x)));
        }
        ranked.sort(Comparator.comparingDouble(RankedClause::probability).reversed());
        return ranked;
    }

    private static double max(double[] values) {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    record Candidate(Policy policy, CommentReading reading, double[] features, double probability) {
    }

    record RankedClause(Clause clause, double bm25, double cosine, double[] features, double probability) {
    }

    /** The policies a comment is about, best first, and what it gets wrong about the best of them, if anything. */
    public record Verdict(List<PolicyLink> links, Misreading misreading) {
    }
}
