package org.yuqing.briefing.narrative;

/** How much the week's opinion calls for a leader's attention. */
public enum RiskLevel {
    LOW("低"),
    MEDIUM("中"),
    HIGH("高");

    private final String chinese;

    RiskLevel(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    RiskLevel atLeast(RiskLevel other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
