package org.yuqing.jobs.hotissues;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups messages into issues one message at a time, so it can run inside a window function or keyed state.
 * A message joins, in this order: the issue of an earlier near-duplicate (SimHash over character shingles);
 * else the issue whose words are most like its own (TF-IDF cosine) among those at a compatible place that
 * share a word specific enough to name the object (an estate, a road, a case) — unless the subjects of another
 * issue name the same thing HanLP does not know (58车贷, {@link BoardNames}) and that one's do not: then that
 * other issue; else it opens an issue.
 *
 * <p>One pass, first come first served: the result depends on the order of the messages, so callers feed
 * them in a fixed order (time, then id) to get the same issues every time.
 */
public final class IssueClusterer {

    private static final int BANDS = 4;
    private static final int MAX_CANDIDATES = 25;

    private final ClusteringSettings settings;
    private final DocumentFrequencies frequencies = new DocumentFrequencies();
    private final List<IssueCluster> clusters = new ArrayList<>();
    /** SimHash band value → issues holding a message with that band: finds every pair within 3 bits. */
    private final Map<Long, Set<IssueCluster>> bands = new HashMap<>();
    private final Map<Long, IssueCluster> fingerprints = new HashMap<>();
    private final Map<String, Set<IssueCluster>> clustersByWord = new HashMap<>();
    private final Map<String, Set<IssueCluster>> clustersByName = new HashMap<>();

    public IssueClusterer(ClusteringSettings settings) {
        this.settings = settings;
    }

    /** Adds a message and says which issue it went to. */
    public IssueCluster add(HotIssueInput message) {
        String subject = message.subject() == null ? "" : message.subject();
        long fingerprint = SimHash.of(subject + (message.text() == null ? "" : message.text()));
        List<String> names = BoardNames.in(subject, message.tokens());
        Map<String, Double> terms = TermVectors.of(subjectTokens(message), message.tokens());
        frequencies.add(terms.keySet());

        IssueCluster target = nearDuplicate(fingerprint, message);
        boolean nearDuplicate = target != null;
        if (target == null) {
            // A name the message shares with an issue outweighs words it shares with another.
            IssueCluster similar = mostSimilar(terms, message);
            IssueCluster named = namedTheSame(names, message);
            target = named != null && (similar == null || !holdsAny(similar, names)) ? named : similar;
        }
        if (target == null) {
            target = new IssueCluster(message.id());
            clusters.add(target);
        }
        target.add(message, terms, nearDuplicate);
        index(target, fingerprint, terms.keySet());
        for (String name : names) {
            clustersByName.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(target);
        }
        return target;
    }

    private boolean holdsAny(IssueCluster cluster, List<String> names) {
        return names.stream().anyMatch(name -> clustersByName.getOrDefault(name, Set.of()).contains(cluster));
    }

    /**
     * The issue whose subjects name the same case, estate or firm, one that HanLP does not know (58车贷, 丽发新城):
     * a name so particular is the matter, whatever else the message says. Not a name many issues use, and only
     * at a compatible place.
     */
    private IssueCluster namedTheSame(List<String> names, HotIssueInput message) {
        IssueCluster best = null;
        int bestShared = 0;
        Map<IssueCluster, Integer> shared = new HashMap<>();
        for (String name : names) {
            Set<IssueCluster> holders = clustersByName.getOrDefault(name, Set.of());
            if (holders.size() > Math.max(2, settings.maxObjectShare() * clusters.size())) {
                continue;
            }
            for (IssueCluster holder : holders) {
                int count = shared.merge(holder, 1, Integer::sum);
                if (placesAgree(holder, message) && (count > bestShared
                        || count == bestShared && holder.size() > best.size())) {
                    best = holder;
                    bestShared = count;
                }
            }
        }
        return best;
    }

    public List<IssueCluster> clusters() {
        return List.copyOf(clusters);
    }

    /** The weight of a word in an issue's profile: its share of the issue's words times its current IDF. */
    public double weight(IssueCluster cluster, String word) {
        return cluster.termWeights().getOrDefault(word, 0.0) * frequencies.idf(word);
    }

    /** The cosine between a message and an issue, both weighted by the IDF of the messages seen so far. */
    public double similarity(Map<String, Double> terms, IssueCluster cluster) {
        double dot = 0;
        double messageNorm = 0;
        for (Map.Entry<String, Double> term : terms.entrySet()) {
            double idf = frequencies.idf(term.getKey());
            double w = term.getValue() * idf;
            messageNorm += w * w;
            dot += w * cluster.termWeights().getOrDefault(term.getKey(), 0.0) * idf;
        }
        return dot == 0 ? 0 : dot / Math.sqrt(messageNorm) / norm(cluster);
    }

    /**
     * An issue's norm moves with every message seen (IDF changes); recomputing it for every comparison was
     * most of the time, so it is kept until the issue grows or the messages seen grow by a twentieth.
     */
    private double norm(IssueCluster cluster) {
        int documents = frequencies.documents();
        if (cluster.normSize != cluster.size() || documents > cluster.normDocuments * 1.05) {
            double sum = 0;
            for (String word : cluster.termWeights().keySet()) {
                double w = weight(cluster, word);
                sum += w * w;
            }
            cluster.norm = Math.sqrt(sum);
            cluster.normSize = cluster.size();
            cluster.normDocuments = documents;
        }
        return cluster.norm;
    }

    private IssueCluster nearDuplicate(long fingerprint, HotIssueInput message) {
        IssueCluster exact = fingerprints.get(fingerprint);
        if (exact != null && placesAgree(exact, message)) {
            return exact;
        }
        for (int band = 0; band < BANDS; band++) {
            for (IssueCluster candidate : bands.getOrDefault(bandKey(fingerprint, band), Set.of())) {
                if (placesAgree(candidate, message) && candidate.members().stream()
                        .anyMatch(m -> SimHash.distance(fingerprintOf(m), fingerprint) <= settings.nearDuplicateBits())) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private IssueCluster mostSimilar(Map<String, Double> terms, HotIssueInput message) {
        Map<IssueCluster, Integer> sharedObjectWords = new HashMap<>();
        for (String word : terms.keySet()) {
            if (namesAnObject(word)) {
                for (IssueCluster holder : clustersByWord.getOrDefault(word, Set.of())) {
                    sharedObjectWords.merge(holder, 1, Integer::sum);
                }
            }
        }
        // The cosine costs the size of an issue's vocabulary: only the issues sharing most object words
        // are worth it, and the issue a message belongs to is among them.
        List<IssueCluster> candidates = sharedObjectWords.entrySet().stream()
                .sorted(Map.Entry.<IssueCluster, Integer>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().seedId()))
                .limit(MAX_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
        IssueCluster best = null;
        double bestScore = settings.minCosine();
        for (IssueCluster candidate : candidates) {
            if (!placesAgree(candidate, message)) {
                continue;
            }
            double score = similarity(terms, candidate);
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * A word few issues use and general Chinese seldom does: 58车贷, 伊景园, 搅拌站, rather than 小区, 问题 or
     * 加快…力度. Counted over issues, not messages: a hot issue makes its own object's word frequent among
     * messages, but not among issues. The general frequency (HanLP's core dictionary, from news text) keeps
     * officialese that a campaign of look-alike messages repeats from passing as an object.
     */
    private boolean namesAnObject(String word) {
        if (CoreDictionary.getTermFrequency(word) > settings.maxCommonFrequency()) {
            return false;
        }
        int holders = clustersByWord.getOrDefault(word, Set.of()).size();
        return clusters.size() < settings.minObjectIssues()
                || holders <= Math.max(2, settings.maxObjectShare() * clusters.size());
    }

    /** Places agree when either is unknown or one contains the other (A市 and A市A3区). */
    static boolean placesAgree(IssueCluster cluster, HotIssueInput message) {
        return placesAgree(cluster.place(), message.place());
    }

    static boolean placesAgree(String a, String b) {
        return a == null || b == null || a.startsWith(b) || b.startsWith(a);
    }

    private final Map<String, Long> fingerprintById = new HashMap<>();

    private long fingerprintOf(HotIssueInput member) {
        return fingerprintById.get(member.id());
    }

    private void index(IssueCluster cluster, long fingerprint, Set<String> words) {
        String id = cluster.members().get(cluster.size() - 1).id();
        fingerprintById.put(id, fingerprint);
        fingerprints.putIfAbsent(fingerprint, cluster);
        for (int band = 0; band < BANDS; band++) {
            bands.computeIfAbsent(bandKey(fingerprint, band), k -> new LinkedHashSet<>()).add(cluster);
        }
        for (String word : words) {
            clustersByWord.computeIfAbsent(word, k -> new LinkedHashSet<>()).add(cluster);
        }
    }

    private static long bandKey(long fingerprint, int band) {
        return ((long) band << 16) | ((fingerprint >>> (band * 16)) & 0xffffL);
    }

    private static String subjectTokens(HotIssueInput message) {
        // The analysed document's tokens are the subject's and the body's together; the subject's words are
        // those that occur in the subject, each counted once.
        if (message.subject() == null || message.tokens() == null) {
            return null;
        }
        Set<String> inSubject = new LinkedHashSet<>();
        for (String word : message.tokens().split(" ")) {
            if (message.subject().contains(word)) {
                inSubject.add(word);
            }
        }
        return String.join(" ", inSubject);
    }
}
