/**
 * The `score` JSON shape, shared by `selfassess score` and `selfassess check`: points for MSP, Met counts and
 * readiness for the other checklists.
 */
import type { Assessment } from "../core/assess";

export function scoreReport(assessment: Assessment) {
  const common = {
    checklist: assessment.checklist,
    asOf: assessment.asOf,
    unanswered: assessment.unanswered,
    ready: assessment.ready,
    findings: assessment.findings,
  };
  if (assessment.score) {
    const s = assessment.score;
    return {
      ...common,
      total: s.total,
      max: s.max,
      pass: s.pass,
      passMark: s.passMark,
      sections: s.sections.map(({ id, title, total, max }) => ({ id, title, total, max })),
      mandatoryFailed: s.mandatoryFailed,
      fixes: s.fixes,
      fixesToPass: s.fixesToPass,
      overall: assessment.overall,
    };
  }
  return {
    ...common,
    sections: assessment.sections.map(
      ({ id, title, part, applicable, answered, met, notMet, na }) => ({
        id,
        title,
        part,
        applicable,
        answered,
        met,
        notMet,
        na,
      })
    ),
    overall: assessment.overall,
  };
}

export type ScoreReport = ReturnType<typeof scoreReport>;

/** The same in words, for a terminal. */
export function scoreText(assessment: Assessment): string {
  const lines: string[] = [];
  const s = assessment.score;
  if (s) {
    lines.push(
      `MSP score ${s.total} / ${s.max} (pass mark ${s.passMark}): ${s.pass ? "PASS" : "FAIL"}`
    );
    for (const section of s.sections)
      lines.push(
        `  ${section.id.padEnd(5)} ${section.title.padEnd(48)} ${String(section.total).padStart(5)} / ${section.max}`
      );
    if (s.mandatoryFailed.length)
      lines.push(`Mandatory Action Items not met: ${s.mandatoryFailed.join(", ")}`);
    if (!s.pass && s.fixes.length) {
      lines.push(`What to fix to pass${s.fixesToPass ? ` (the first ${s.fixesToPass})` : ""}:`);
      for (const fix of s.fixes.slice(0, Math.max(5, s.fixesToPass ?? 0))) {
        lines.push(
          `  ${fix.id.padEnd(8)} +${fix.recovered}${fix.mandatory ? " mandatory" : ""}  ${fix.title} -> ${fix.scoreAfter}`
        );
      }
    }
  } else {
    for (const section of assessment.sections) {
      lines.push(
        `  ${section.id.padEnd(8)} ${section.title.padEnd(48)} met ${section.met}/${section.applicable}, not met ${section.notMet}, N/A ${section.na}, answered ${section.answered}/${section.applicable}`
      );
    }
  }
  const o = assessment.overall;
  lines.push(
    `Overall: ${o.answered}/${o.applicable} applicable controls answered, ${o.met} met, ${o.notMet} not met, ${o.na} N/A; ${o.notAsked} not asked for this scope.`
  );
  lines.push(
    assessment.ready
      ? "Ready to submit."
      : `Not ready: ${assessment.unanswered.length} unanswered, ${assessment.findings.filter((f) => f.severity === "error").length} errors.`
  );
  for (const f of assessment.findings) {
    const where = f.sheet ? ` '${f.sheet}'!${f.cell ?? ""}` : "";
    lines.push(
      `${f.severity.toUpperCase().padEnd(7)} ${f.control}${f.caseStudy ? ` #${f.caseStudy}` : ""}${where} [${f.rule}] ${f.message}`
    );
  }
  return `${lines.join("\n")}\n`;
}
