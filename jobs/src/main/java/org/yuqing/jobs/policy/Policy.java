package org.yuqing.jobs.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * A registered policy with its clauses split and their facts extracted.
 *
 * @param shortTitles    the names people use for it: what stands in 《…》 and what follows 关于 up to 的通知 etc.
 * @param draftingBody   the department that drafted it (谁起草、谁解读), null when the issuer drafted it itself
 * @param interpretation the text of its official interpretation (政策解读), null when none is linked
 */
public record Policy(String id, String title, List<String> shortTitles, String docNo, String issuer,
                     String draftingBody, LocalDate publishedAt, String text, List<Clause> clauses,
                     String interpretation) {

    public Policy {
        shortTitles = List.copyOf(shortTitles);
        clauses = List.copyOf(clauses);
    }

    /** The body that must answer a misreading: the drafter if known, else the issuer. */
    public String responsibleBody() {
        return draftingBody != null && !draftingBody.isBlank() ? draftingBody : issuer;
    }
}
