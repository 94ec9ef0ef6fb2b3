/**
 * Cleaning text from hijacked pages, shared by the crawler and the analysis job so that both clean alike.
 *
 * <ul>
 *   <li>{@link org.yuqing.core.text.InjectedPinyin#strip(String)}: text without injected pinyin
 *       (政(zheng)策 → 政策), real parentheses kept;</li>
 *   <li>{@link org.yuqing.core.text.HijackInspector#inspect(org.yuqing.core.text.PageSignals)}: an
 *       {@link org.yuqing.core.document.Integrity} with evidence; from a document alone use
 *       {@code PageSignals.ofText(title, text)}.</li>
 * </ul>
 */
package org.yuqing.core.text;
