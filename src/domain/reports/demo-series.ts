import {
  assistanceDestinations,
  changed,
  currencies,
  type DemoContext,
  dayIn,
  type FormEntry,
  notApplicable,
  type Random,
  seededRandom,
  unchanged,
} from './demo-catalogue.js';
import {
  type Contamination,
  clearanceForm,
  newContamination,
  riskEducationForm,
  victimAssistanceForm,
} from './demo-clearance.js';
import {
  annualStockpileForms,
  initialStockpileForms,
  newStockpile,
  type Stockpile,
} from './demo-stockpile.js';
import { type FormId, firstReportingYear, formIds } from './kinds.js';
import type { ReportData, Row, SectionData } from './report-data.js';

/**
 * Plausible Article 7 reports of one State over several years, for demonstrations, dashboards and
 * benchmarks: an initial report in the first year, then an annual report each year, every one
 * valid against the format (with the report before it as `previous`). The same options give the
 * same reports. Figures are invented; munition types are real.
 */

export const demoProfiles = ['stockpiler', 'affected', 'both', 'neither'] as const;
/**
 * stockpiler: destroys a declared stockpile over the years and retains a few for training;
 * affected: clears contaminated land, educates about the risks, assists victims; both; neither:
 * nothing to destroy or clear (forms not applicable or unchanged), some give assistance abroad.
 */
export type DemoProfile = (typeof demoProfiles)[number];

export type SeriesOptions = {
  iso3: string;
  profile: DemoProfile;
  /** The year of the initial report (the State joined the year before). */
  fromYear: number;
  /** The last annual report's year (the year it falls due; it covers the year before). */
  toYear: number;
  seed: number;
};

type Simulation = {
  stock: Stockpile | null;
  contamination: Contamination | null;
  donor: boolean;
  currency: string;
  lastGiven: Partial<Record<FormId, number>>;
};

function header(random: Random, iso3: string, year: number, initial: boolean): SectionData {
  const contacts = [
    {
      organization: 'Ministry of Foreign Affairs, Arms Control Division',
      email: `art7@${iso3.toLowerCase()}.example.org`,
    },
  ];
  if (initial) {
    const submissionDate = random.chance(0.75)
      ? dayIn(random, year, 1, 5, 27)
      : dayIn(random, year, random.int(2, 9));
    return {
      state: iso3,
      submissionDate,
      periodFrom: `${year - 1}-08-01`,
      periodTo: submissionDate,
      contacts,
    };
  }
  const draw = random.next();
  const month = draw < 0.1 ? 3 : draw < 0.7 ? 4 : draw < 0.85 ? random.int(5, 6) : random.int(7, 11);
  return {
    state: iso3,
    submissionDate: dayIn(random, year, month),
    periodFrom: `${year - 1}-01-01`,
    periodTo: `${year - 1}-12-31`,
    contacts,
  };
}

function implementationForm(context: DemoContext): FormEntry {
  const act = {
    kind: 'legal',
    instrument: 'Act on the Prohibition of Cluster Munitions',
    adopted: `${context.year - 2}-11-15`,
    effective: `${context.year - 1}-01-01`,
    penalSanctions: true,
    description: 'Prohibits every activity of Art. 1; violations carry up to 10 years of imprisonment.',
  };
  if (context.kind === 'initial') return changed(context, 'A', { measures: [act] });
  if (!context.random.chance(0.08)) return unchanged(context, 'A');
  const earlier = context.previous?.A?.measures;
  const directive = {
    kind: 'administrative',
    instrument: `Armed forces directive ${context.year - 1}/${context.random.int(1, 40)} on cluster munitions`,
    effective: dayIn(context.random, context.year - 1, context.random.int(1, 12)),
  };
  return changed(context, 'A', {
    measures: [...(Array.isArray(earlier) ? (earlier as Row[]) : []), directive],
  });
}

/** Form I: national resources while there is work at home, assistance abroad for donors. */
function resourcesForm(context: DemoContext, sim: Simulation): FormEntry {
  const { random, year } = context;
  const amount = (min: number, max: number) => random.int(min, max) * 10_000;
  const active = (done: number | null) => done === null || done === year;
  const nationalResources: Row[] = [];
  if (sim.stock && active(sim.stock.completedIn))
    nationalResources.push({
      article: '3',
      resourceKind: 'financial',
      amount: amount(20, 300),
      currency: sim.currency,
      description: 'Budget of the destruction programme',
    });
  if (sim.contamination && active(sim.contamination.completedIn)) {
    nationalResources.push({
      article: '4',
      resourceKind: 'financial',
      amount: amount(10, 200),
      currency: sim.currency,
    });
    if (random.chance(0.6))
      nationalResources.push({
        article: '5',
        resourceKind: 'in_kind',
        description: 'Staff of the national rehabilitation centres',
      });
  }
  const assistanceProvided = sim.donor
    ? random.sample(assistanceDestinations, random.int(1, 3)).map((d) => ({
        destination: d.destination,
        recipientState: d.recipientState,
        assistanceType: random.pick([
          'clearance',
          'risk_education',
          'victim_assistance',
          'stockpile_destruction',
        ]),
        amount: amount(5, 150),
        currency: sim.currency,
      }))
    : [];
  if (nationalResources.length === 0 && assistanceProvided.length === 0) return unchanged(context, 'I');
  return changed(context, 'I', {
    ...(nationalResources.length > 0 ? { nationalResources } : {}),
    ...(assistanceProvided.length > 0 ? { assistanceProvided } : {}),
  });
}

function reportOf(options: SeriesOptions, sim: Simulation, context: DemoContext): ReportData {
  const { random, year, kind } = context;
  const initial = kind === 'initial';
  const report: ReportData = {
    version: '1MSP',
    kind,
    cover: {},
    header: header(random, options.iso3, year, initial),
  };
  const entries: Partial<Record<FormId, FormEntry>> = { A: implementationForm(context) };
  if (sim.stock)
    Object.assign(
      entries,
      initial ? initialStockpileForms(context, sim.stock) : annualStockpileForms(context, sim.stock),
    );
  if (sim.contamination) {
    entries.F = clearanceForm(context, sim.contamination);
    entries.G = riskEducationForm(context, sim.contamination);
    entries.H = victimAssistanceForm(context);
  }
  entries.I = resourcesForm(context, sim);
  for (const form of formIds) {
    const entry = entries[form] ?? notApplicable();
    report.cover[form] = entry.status;
    if (entry.data) report[form] = entry.data;
  }
  return report;
}

/** The reports, oldest first: the initial report of `fromYear`, then one annual report a year. */
export function plausibleReportSeries(options: SeriesOptions): ReportData[] {
  const { fromYear, toYear, profile } = options;
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(toYear) ||
    fromYear <= firstReportingYear ||
    toYear < fromYear
  )
    throw new RangeError(`a series runs from a year after ${firstReportingYear} to a later or equal year`);
  const random = seededRandom(options.seed);
  const sim: Simulation = {
    stock: profile === 'stockpiler' || profile === 'both' ? newStockpile(random) : null,
    contamination: profile === 'affected' || profile === 'both' ? newContamination(random) : null,
    donor: random.chance(profile === 'neither' ? 0.6 : profile === 'stockpiler' ? 0.3 : 0),
    currency: random.pick(currencies),
    lastGiven: {},
  };
  const reports: ReportData[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const kind = year === fromYear ? 'initial' : 'annual';
    const context: DemoContext = { random, year, kind, previous: reports.at(-1), lastGiven: sim.lastGiven };
    reports.push(reportOf(options, sim, context));
  }
  return reports;
}
