import {
  changed,
  type DemoContext,
  dayIn,
  type FormEntry,
  periodYear,
  provinces,
  type Random,
  remnantTypes,
  riskEducationActivities,
  unchanged,
} from './demo-catalogue.js';
import type { Row, SectionData } from './report-data.js';

/**
 * Forms F, G and H of a demonstration State with contaminated land: areas cleared progressively
 * (never more than is contaminated, per location), new areas found by survey now and then, risk
 * education and victim assistance year after year.
 */

type Area = { location: string; areaSqm: number; status: 'confirmed' | 'suspected'; remnant: string };

export type Contamination = {
  areas: Area[];
  unsurveyed: string[];
  whenUsed: string;
  /** The report year that announced completion of clearance. */
  completedIn: number | null;
};

const newArea = (random: Random, location: string, max: number): Area => ({
  location,
  areaSqm: random.int(5_000, max) * 100,
  status: random.chance(0.6) ? 'confirmed' : 'suspected',
  remnant: random.pick(remnantTypes),
});

export function newContamination(random: Random): Contamination {
  const count = random.int(2, 4);
  const locations = random.sample(provinces, provinces.length);
  return {
    areas: locations.slice(0, count).map((location) => newArea(random, location, 200_000)),
    unsurveyed: locations.slice(count),
    whenUsed: random.pick(['1965–1973', '1991', '1999', '2006']),
    completedIn: null,
  };
}

const areaRows = (contamination: Contamination): Row[] =>
  contamination.areas.map((area) => ({
    location: area.location,
    areaSqm: area.areaSqm,
    status: area.status,
    remnantTypes: area.remnant,
    whenUsed: contamination.whenUsed,
  }));

const squareMetres = (value: number) => `${value.toLocaleString('en-GB')} m²`;

function clearanceSection(context: DemoContext, contamination: Contamination): SectionData {
  const { random } = context;
  if (contamination.unsurveyed.length > 0 && random.chance(0.12)) {
    const location = contamination.unsurveyed.shift() as string;
    contamination.areas.push(newArea(random, location, 20_000));
  }
  const contaminatedAreas = areaRows(contamination);
  const clearedAreas: Row[] = [];
  const remnantsDestroyed: Row[] = [];
  for (const area of contamination.areas) {
    const cleared =
      area.areaSqm <= 150_000
        ? area.areaSqm
        : Math.max(10, Math.round((area.areaSqm * random.between(0.05, 0.3)) / 10) * 10);
    area.areaSqm -= cleared;
    clearedAreas.push({
      location: area.location,
      areaSqm: cleared,
      dateCompleted: dayIn(random, periodYear(context), random.int(3, 12)),
    });
    remnantsDestroyed.push({
      location: area.location,
      category: 'unexploded_submunition',
      remnantType: area.remnant,
      quantity: Math.max(1, Math.round(cleared / random.int(500, 3000))),
    });
  }
  contamination.areas = contamination.areas.filter((area) => area.areaSqm > 0);
  if (contamination.areas.length === 0) contamination.completedIn = context.year;
  const remaining = contamination.areas.reduce((sum, area) => sum + area.areaSqm, 0);
  const total = clearedAreas.reduce((sum, row) => sum + (row.areaSqm as number), 0);
  return {
    programmeStatus:
      remaining === 0
        ? `Clearance is completed: the last ${squareMetres(total)} were cleared in ${periodYear(context)}.`
        : `${squareMetres(total)} cleared in ${periodYear(context)} under the national strategy; ${squareMetres(remaining)} remain.`,
    contaminatedAreas,
    clearedAreas,
    remnantsDestroyed,
  };
}

export function clearanceForm(context: DemoContext, contamination: Contamination): FormEntry {
  if (context.kind === 'initial')
    return changed(context, 'F', {
      programmeStatus: 'A national survey of the contaminated areas is under way.',
      contaminatedAreas: areaRows(contamination),
    });
  if (contamination.completedIn !== null) return unchanged(context, 'F');
  return changed(context, 'F', clearanceSection(context, contamination));
}

export function riskEducationForm(context: DemoContext, contamination: Contamination): FormEntry {
  const { random } = context;
  if (context.kind === 'annual' && random.chance(0.2)) return unchanged(context, 'G');
  const places = contamination.areas.length > 0 ? contamination.areas.map((a) => a.location) : provinces;
  const activities = random.sample(riskEducationActivities, random.int(1, 3)).map((activity) => ({
    location: random.pick(places),
    activity,
    period: String(periodYear(context)),
    women: random.int(100, 3000),
    men: random.int(100, 3000),
    girls: random.int(100, 2500),
    boys: random.int(100, 2500),
  }));
  return changed(context, 'G', {
    measures:
      'Risk education in schools and villages near contaminated areas; warning signs at every confirmed area.',
    warnings: 'Contaminated areas are marked and fenced; communities are told of new finds within a week.',
    activities,
  });
}

export function victimAssistanceForm(context: DemoContext): FormEntry {
  const { random } = context;
  if (context.kind === 'annual' && random.chance(0.25)) return unchanged(context, 'H');
  const casualties = random.chance(0.6)
    ? [
        {
          period: String(periodYear(context)),
          outcome: 'injured',
          men: random.int(0, 6),
          boys: random.int(0, 4),
        },
        {
          period: String(periodYear(context)),
          outcome: 'killed',
          men: random.int(0, 2),
          boys: random.int(0, 2),
        },
      ]
    : [];
  return changed(context, 'H', {
    implementationStatus:
      'Cluster munition victims are covered by the national disability plan; rehabilitation services are free of charge.',
    focalPoint: 'Ministry of Social Welfare',
    medicalCare: 'Emergency care in provincial hospitals.',
    rehabilitation: 'Two physical rehabilitation centres provide prostheses and physiotherapy.',
    casualties,
  });
}
