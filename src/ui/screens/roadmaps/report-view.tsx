// The compile report shown before a roadmap is added: sections, cards by kind and role, and every problem as `line: message`.
import { problemLine, type CompileReport } from './lib.ts';
import { roadmapsT as r } from './strings.ts';

export function ReportView({ report, compileMs }: { report: CompileReport; compileMs: number }) {
  const kinds = report.kinds.map(([kind, n]) => `${r(`kind_${kind}`)} ${n}`).join('、');
  return (
    <section class="roadmap-report" data-role="roadmap-report" data-blocked={report.blocked ? 'true' : 'false'} aria-labelledby="roadmap-report-title">
      <h2 id="roadmap-report-title">{r('reportTitle', { title: report.title })}</h2>
      <ul class="roadmap-report__figures">
        <li>{r('reportFile', { file: report.file })}</li>
        <li data-figure="sections">{r('sections', { n: report.sections })}</li>
        <li data-figure="cards">{r('cards', { n: report.cards })}</li>
        {kinds && <li>{r('byKind', { list: kinds })}</li>}
        <li>{r('byRole', { concept: report.concept, reference: report.reference })}</li>
        {report.emptySections > 0 && <li>{r('emptySections', { n: report.emptySections })}</li>}
        <li class="roadmap-report__muted" data-compile-ms={Math.round(compileMs)}>{r('compileTime', { ms: Math.round(compileMs) })}</li>
      </ul>
      {report.problems.length > 0 && (
        <>
          <h3>{r('problemsTitle')}</h3>
          <ol class="roadmap-report__problems" data-role="roadmap-problems">
            {report.problems.map((problem, i) => (
              <li key={i} data-severity={problem.severity} class={`roadmap-problem roadmap-problem--${problem.severity}`}>
                <span class="roadmap-problem__severity">{r(problem.severity)}</span> <code>{problemLine(problem)}</code>
              </li>
            ))}
          </ol>
        </>
      )}
      {report.blocked && (
        <p role="alert" class="form-error" data-role="roadmap-blocked">
          {r('hasErrors')}
        </p>
      )}
    </section>
  );
}
