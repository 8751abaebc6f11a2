import { formIds, type Language, type ReportData, type SectionData } from '../../../domain/reports/index.js';
import type { Ctx } from '../../http/context.js';
import { notFound } from '../../http/errors.js';
import { states } from '../states/tables.js';
import { documentBaseName, type ReportRow, readableReport } from './access.js';
import { previousReport, versionOf } from './workflow-load.js';

/**
 * Which text of a report a reader gets as a document: the public, the published version only;
 * the State and the ISU any version or the draft. Without a version asked for, what the reader
 * sees on the report's page (GET /api/v1/reports/:id): for the State and the ISU the draft or the
 * correction in progress while there is one, else the latest version.
 */
async function chooseText(ctx: Ctx, row: ReportRow, readUnpublished: boolean, asked: number | undefined) {
  const wanted: number | 'draft' | null = (() => {
    if (asked !== undefined) return asked;
    if (!readUnpublished) return row.publishedVersion;
    if (row.draft !== null) return 'draft';
    return row.latestVersion;
  })();
  if (wanted === null) throw notFound('Report version');
  if (wanted === 'draft')
    return {
      shows: 'draft' as const,
      data: row.draft as ReportData,
      submittedAt: null,
      status: 'draft' as const,
    };
  if (!readUnpublished && wanted !== row.publishedVersion) throw notFound('Report version');
  const version = await versionOf(ctx.db, row.id, wanted);
  if (!version) throw notFound('Report version');
  return {
    shows: wanted,
    data: version.data,
    submittedAt: version.submittedAt.toISOString(),
    status: wanted === row.publishedVersion ? ('published' as const) : ('submitted' as const),
  };
}

/** What a form marked "unchanged since" said before, from the State's previous report. */
function formsOf(data: ReportData | undefined): Partial<Record<(typeof formIds)[number], SectionData>> {
  if (!data) return {};
  return Object.fromEntries(formIds.flatMap((id) => (data[id] ? [[id, data[id]]] : [])));
}

/** Everything the renderers need for one text of a report, and the file name it goes by. */
export async function reportDocumentInput(ctx: Ctx, id: string, language: Language, version?: number) {
  const { row, abilities } = await readableReport(ctx, id);
  const text = await chooseText(ctx, row, abilities.readUnpublished, version);
  const [names, previous] = await Promise.all([
    ctx.db
      .select({ iso3: states.iso3, en: states.nameEn, fr: states.nameFr, es: states.nameEs })
      .from(states),
    previousReport(ctx.db, row, !abilities.readUnpublished),
  ]);
  const nameOf = new Map(names.map((n) => [n.iso3, n[language]]));
  return {
    baseName: documentBaseName(row, text.shows),
    input: {
      data: text.data,
      stateName: nameOf.get(row.iso3) ?? row.iso3,
      language,
      status: text.status,
      versionNumber: text.shows === 'draft' ? null : text.shows,
      submittedAt: text.submittedAt,
      stateNameOf: (iso3: string) => nameOf.get(iso3) ?? iso3,
      year: row.year,
      previousForms: formsOf(previous?.data),
    },
  };
}
