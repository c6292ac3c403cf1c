// Whether a numbered list asks for an order: numbered headings of a catalogue (1. **数据聚合服务** … 4. **基础设施服务**) do not.

/*
 * A list numbered 1. 2. 3. is a sequence card (「X」依次是什么？) when the roadmap shows an order (list-items.ts). The
 * numbers alone are not enough when every item opens with a bold label (`1. **快速开发**：…`, `2. **用户体验服务**`
 * over a sub-list): such a list is a catalogue whose numbers count its entries, and asking their order asks
 * something the roadmap never says. It stays a sequence only when its wording shows an order: the label or an item
 * names steps, stages, a flow or a sequence (步骤, 第 2 阶段, 流程, 按顺序, →, 首先 … 最后).
 */

/** Wording that shows an order, in a list's label or its items. */
export const ORDER_WORDING =
  /→|->|步骤|第\s*[一二三四五六七八九十\d]+\s*(?:步|阶段|周|天|章|层)?|首先|然后|其次|最后|流程|顺序|阶段|过程|依次|先后|路径|路线|演进|生命周期|\bstep\b/iu;
const NUMBERED_ITEM = /^\s*\d+[.)]\s+(.*)$/u;
/** `**标签**` alone or `**标签**：说明`: the item is an entry's heading. */
const BOLD_LABEL = /^\*\*[^*]+\*\*\s*(?:[:：].*)?$/u;

/**
 * A numbered catalogue: every item line opens with a bold label, and neither the label nor an item shows an order.
 * `itemLines` are the items' source lines as text.
 */
export function isNumberedCatalogue(label: string, items: readonly string[], itemLines: readonly string[]): boolean {
  if (itemLines.length < 2 || [label, ...items].some((text) => ORDER_WORDING.test(text))) return false;
  return itemLines.every((line) => BOLD_LABEL.test(NUMBERED_ITEM.exec(line)?.[1]?.trim() ?? ''));
}
