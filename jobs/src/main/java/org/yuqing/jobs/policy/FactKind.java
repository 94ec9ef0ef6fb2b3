package org.yuqing.jobs.policy;

/** What a fact of a clause pins down; a misreading states one of these differently or drops it. */
public enum FactKind {
    /** A day or period the clause names without saying whether it starts or ends something. */
    DATE,
    /** 自2027年1月1日起: from when something applies. */
    START_DATE,
    /** 2020年底前, 执行至2027年12月31日: by when something must be done or until when it applies. */
    DEADLINE,
    AMOUNT,
    PERCENT,
    AGE,
    /** How long: 3至12个月, 240个月, 5年内, 共7天. */
    DURATION,
    COUNT,
    /** Who or what the clause is restricted to: 本市户籍, 首套, 中小微企业, 一般情况下. */
    SCOPE,
    OBLIGATION,
    PROHIBITION,
    PERMISSION,
    /** 除……外. */
    EXCEPTION
}
