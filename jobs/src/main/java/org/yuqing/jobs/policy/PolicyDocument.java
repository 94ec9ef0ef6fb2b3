package org.yuqing.jobs.policy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.yuqing.core.document.RawDocument;

/**
 * A registered policy as stored in {@code yuqing-policies}: who issued it and who must answer for it, its
 * clauses as the policy watch numbers and quotes them (so a dashboard or an alert can name a clause by id), and
 * the interpretations published for it.
 *
 * @param responsibleBody the drafting body when known, else the issuer (谁起草、谁解读)
 * @param clauses         every clause with its id (the one misreadings and alerts carry), number path and text
 */
public record PolicyDocument(String id, String title, String docNo, String issuer, String draftingBody,
                             String responsibleBody, String publishedAt, String source, String url,
                             List<ClauseEntry> clauses, int clauseCount, boolean hasInterpretation,
                             List<String> interpretationIds) {

    public PolicyDocument {
        clauses = List.copyOf(clauses);
        interpretationIds = List.copyOf(interpretationIds);
    }

    /**
     * @param number the numbering path, outermost first, joined by {@code /} (第二章/第五条); empty before the
     *               first number
     */
    public record ClauseEntry(String id, String number, String text) {
    }

    /** A crawled policy with its clauses read, and the interpretations known for it so far. */
    public static PolicyDocument of(RawDocument policy, PolicyFactory factory, List<String> interpretationIds) {
        PolicyRecord record = PolicyRecord.of(policy);
        List<ClauseEntry> clauses = new ArrayList<>();
        String docNo = policy.docNo();
        String responsibleBody = policy.issuer();
        if (policy.text() != null) {
            Policy read = record.toPolicy(factory, LocalDate.now(ZoneOffset.ofHours(8)));
            for (Clause clause : read.clauses()) {
                clauses.add(new ClauseEntry(clause.id(), String.join("/", clause.numbers()), clause.text()));
            }
            docNo = read.docNo();
            responsibleBody = read.responsibleBody();
        }
        return new PolicyDocument(policy.id(), policy.title(), docNo, policy.issuer(), record.draftingBody(),
                responsibleBody, policy.publishedAt(), policy.source(), policy.url(), clauses, clauses.size(),
                !interpretationIds.isEmpty(), interpretationIds);
    }

    /** The same policy once another interpretation of it is known. */
    public PolicyDocument withInterpretations(List<String> ids) {
        return new PolicyDocument(id, title, docNo, issuer, draftingBody, responsibleBody, publishedAt, source, url,
                clauses, clauseCount, !ids.isEmpty(), ids);
    }
}
