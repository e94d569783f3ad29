import type ExcelJS from 'exceljs';
import { isOwnLiveRuleFormula, type LiveRule } from '../roadmap/liveRules';

/** ExcelJS keeps a sheet's conditional formats in this field, which its typings leave out. */
interface WithConditionalFormats {
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

function conditionalFormats(worksheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  const holder = worksheet as unknown as WithConditionalFormats;
  holder.conditionalFormattings ??= [];
  return holder.conditionalFormattings;
}

function isOwnRule(rule: ExcelJS.ConditionalFormattingRule): boolean {
  if (rule.type !== 'expression') return false;
  return (rule.formulae ?? []).some((formula: unknown) => typeof formula === 'string' && isOwnLiveRuleFormula(formula));
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

export function expressionRule(rule: LiveRule, priority: number): ExcelJS.ExpressionRuleType {
  return {
    type: 'expression',
    priority,
    formulae: [rule.formula],
    style: {
      fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.style.fill) } },
      font: { color: { argb: argb(rule.style.font) } },
    },
  };
}

/**
 * Puts the engine's live rules on a worksheet: the rules these tools wrote before are removed (recognised by their
 * marker), the user's own rules are kept in their order, and ours come first. Priorities are renumbered from scratch,
 * so applying the same rules again gives the same sheet.
 */
export function applyLiveRules(worksheet: ExcelJS.Worksheet, rules: readonly LiveRule[]): void {
  const formats = conditionalFormats(worksheet);
  const userFormats = formats
    .map((format) => ({ ...format, rules: format.rules.filter((rule) => !isOwnRule(rule)) }))
    .filter((format) => format.rules.length > 0);

  const ours = rules
    .map((rule, order) => ({ rule, order }))
    .sort((a, b) => a.rule.priority - b.rule.priority || a.order - b.order)
    .map(({ rule }, index) => ({ ref: rule.range, rules: [expressionRule(rule, index + 1)] as ExcelJS.ConditionalFormattingRule[] }));

  const userRules = userFormats
    .flatMap((format) => format.rules)
    .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0));
  userRules.forEach((rule, index) => {
    rule.priority = ours.length + index + 1;
  });

  formats.splice(0, formats.length, ...ours, ...userFormats);
}
