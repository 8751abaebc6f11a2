import type { Queryable } from '../../db/tx.js';
import { meetings } from './tables.js';

type Kind = (typeof meetings.$inferInsert)['kind'];

/** The formal meetings to date (../shared/domain/institutions.md §1, verified entries). */
export const referenceMeetings: {
  id: string;
  name: string;
  kind: Kind;
  startDate: string;
  endDate: string;
  place: string;
}[] = [
  {
    id: '1MSP',
    name: 'First Meeting of States Parties',
    kind: 'msp',
    startDate: '2010-11-09',
    endDate: '2010-11-12',
    place: 'Vientiane, Lao PDR',
  },
  {
    id: '2MSP',
    name: 'Second Meeting of States Parties',
    kind: 'msp',
    startDate: '2011-09-12',
    endDate: '2011-09-16',
    place: 'Beirut, Lebanon',
  },
  {
    id: '3MSP',
    name: 'Third Meeting of States Parties',
    kind: 'msp',
    startDate: '2012-09-11',
    endDate: '2012-09-14',
    place: 'Oslo, Norway',
  },
  {
    id: '4MSP',
    name: 'Fourth Meeting of States Parties',
    kind: 'msp',
    startDate: '2013-09-09',
    endDate: '2013-09-13',
    place: 'Lusaka, Zambia',
  },
  {
    id: '5MSP',
    name: 'Fifth Meeting of States Parties',
    kind: 'msp',
    startDate: '2014-09-02',
    endDate: '2014-09-05',
    place: 'San José, Costa Rica',
  },
  {
    id: '1RC',
    name: 'First Review Conference',
    kind: 'review_conference',
    startDate: '2015-09-07',
    endDate: '2015-09-11',
    place: 'Dubrovnik, Croatia',
  },
  {
    id: '6MSP',
    name: 'Sixth Meeting of States Parties',
    kind: 'msp',
    startDate: '2016-09-05',
    endDate: '2016-09-07',
    place: 'Geneva',
  },
  {
    id: '7MSP',
    name: 'Seventh Meeting of States Parties',
    kind: 'msp',
    startDate: '2017-09-04',
    endDate: '2017-09-06',
    place: 'Geneva',
  },
  {
    id: '8MSP',
    name: 'Eighth Meeting of States Parties',
    kind: 'msp',
    startDate: '2018-09-03',
    endDate: '2018-09-05',
    place: 'Geneva',
  },
  {
    id: '9MSP',
    name: 'Ninth Meeting of States Parties',
    kind: 'msp',
    startDate: '2019-09-02',
    endDate: '2019-09-04',
    place: 'Geneva',
  },
  {
    id: '2RC-1',
    name: 'Second Review Conference, Part 1',
    kind: 'review_conference',
    startDate: '2020-11-25',
    endDate: '2020-11-27',
    place: 'virtual (Lausanne)',
  },
  {
    id: '2RC-2',
    name: 'Second Review Conference, Part 2',
    kind: 'review_conference',
    startDate: '2021-09-20',
    endDate: '2021-09-21',
    place: 'Geneva',
  },
  {
    id: '10MSP',
    name: 'Tenth Meeting of States Parties',
    kind: 'msp',
    startDate: '2022-08-30',
    endDate: '2022-09-02',
    place: 'Geneva',
  },
  {
    id: '11MSP',
    name: 'Eleventh Meeting of States Parties',
    kind: 'msp',
    startDate: '2023-09-11',
    endDate: '2023-09-14',
    place: 'Geneva',
  },
  {
    id: '12MSP',
    name: 'Twelfth Meeting of States Parties',
    kind: 'msp',
    startDate: '2024-09-10',
    endDate: '2024-09-13',
    place: 'Geneva',
  },
  {
    id: '13MSP',
    name: 'Thirteenth Meeting of States Parties',
    kind: 'msp',
    startDate: '2025-09-16',
    endDate: '2025-09-19',
    place: 'Geneva',
  },
];

export async function ensureMeetingsLoaded(db: Queryable) {
  await db.insert(meetings).values(referenceMeetings).onConflictDoNothing();
}
