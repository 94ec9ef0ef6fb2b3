package org.yuqing.jobs.misreading;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentence vectors of the registered policies (each title, each clause, each sentence of a long clause), held
 * dimension by dimension in one array. A comment is compared with every one of them to find the policies closest in
 * meaning; in this layout that is one pass whose rows are independent, which the JIT compiles to SIMD, instead of
 * thousands of short dot products each waiting on its own sum.
 */
final class PolicyVectors {

    private static final int TITLE = -1;

    private final int rows;
    private final int dimension;
    /** Vector {@code row}'s value in dimension {@code d} is at {@code d * rows + row}. */
    private final float[] byDimension;
    private final int[] policyOfRow;
    /** The clause's position in its policy, or {@link #TITLE}. */
    private final int[] clauseOfRow;
    private final boolean[] wholeClause;
    /** Clauses per policy, in the order the policies were added. */
    private final int[] clauseCounts;

    private PolicyVectors(List<Row> rows, int[] clauseCounts) {
        this.rows = rows.size();
        this.dimension = rows.isEmpty() ? 0 : rows.get(0).vector().length;
        this.byDimension = new float[this.rows * dimension];
        this.policyOfRow = new int[this.rows];
        this.clauseOfRow = new int[this.rows];
        this.wholeClause = new boolean[this.rows];
        this.clauseCounts = clauseCounts;
        for (int row = 0; row < this.rows; row++) {
            Row entry = rows.get(row);
            for (int d = 0; d < dimension; d++) {
                byDimension[d * this.rows + row] = entry.vector()[d];
            }
            policyOfRow[row] = entry.policy();
            clauseOfRow[row] = entry.clause();
            wholeClause[row] = entry.whole();
        }
    }

    /**
     * A comment's cosines with each policy's title, and with each of its clauses: with the whole clause or with the
     * closest of its sentences, whichever is higher; zeros where there is no vector.
     */
    Closeness closeness(float[] comment) {
        double[] titles = new double[clauseCounts.length];
        double[][] clauses = new double[clauseCounts.length][];
        for (int p = 0; p < clauses.length; p++) {
            clauses[p] = new double[clauseCounts[p]];
        }
        if (comment == null || rows == 0) {
            return new Closeness(titles, clauses);
        }
        float[] dots = dots(comment);
        for (int row = 0; row < rows; row++) {
            int policy = policyOfRow[row];
            int clause = clauseOfRow[row];
            if (clause == TITLE) {
                titles[policy] = dots[row];
            } else if (wholeClause[row]) {
                // a clause's own vector comes before its sentences'
                clauses[policy][clause] = dots[row];
            } else {
                clauses[policy][clause] = Math.max(clauses[policy][clause], dots[row]);
            }
        }
        return new Closeness(titles, clauses);
    }

    private float[] dots(float[] comment) {
        float[] dots = new float[rows];
        for (int d = 0; d < dimension; d++) {
            float value = comment[d];
            int base = d * rows;
            for (int row = 0; row < rows; row++) {
                dots[row] += byDimension[base + row] * value;
            }
        }
        return dots;
    }

    /** Collects the vectors, policy by policy in the index's order. */
    static final class Builder {
        private final List<Row> rows = new ArrayList<>();
        private final List<Integer> clauseCounts = new ArrayList<>();

        /** Starts the next policy, which has this many clauses. */
        Builder policy(int clauses, float[] title) {
            clauseCounts.add(clauses);
            if (title != null) {
                rows.add(new Row(clauseCounts.size() - 1, TITLE, false, title));
            }
            return this;
        }

        /** The vector of the whole clause at this position in the current policy; before its sentences'. */
        Builder clause(int position, float[] vector) {
            rows.add(new Row(clauseCounts.size() - 1, position, true, vector));
            return this;
        }

        /** The vector of one sentence of the clause at this position in the current policy. */
        Builder sentence(int position, float[] vector) {
            rows.add(new Row(clauseCounts.size() - 1, position, false, vector));
            return this;
        }

        PolicyVectors build() {
            return new PolicyVectors(List.copyOf(rows), clauseCounts.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    private record Row(int policy, int clause, boolean whole, float[] vector) {
    }

    /** A comment's cosines with the registered policies, by their position in the index. */
    record Closeness(double[] titles, double[][] clauses) {

        /** The best cosine with the policy's title or one of its clauses. */
        double best(int policy) {
            double clause = 0;
            for (double cosine : clauses[policy]) {
                clause = Math.max(clause, cosine);
            }
            return Math.max(titles[policy], clause);
        }
    }
}
