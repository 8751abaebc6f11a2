import { screen, waitFor, within } from '@testing-library/react';
import { installFakeApi, ok, signedInAs } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { meetings, obligation, row, staffUser, states } from './test-fixtures';

const laoObligations = {
  iso3: 'LAO',
  asOf: '2026-03-01',
  items: [
    obligation({
      article: '3',
      applies: false,
      originalDeadline: null,
      currentDeadline: null,
      status: 'not_applicable',
    }),
    obligation({
      article: '4',
      originalDeadline: '2020-08-01',
      currentDeadline: '2025-08-01',
      status: 'overdue',
      extensions: [
        {
          requestedOn: '2019-01-15',
          requestedUntil: '2025-08-01',
          decision: 'granted',
          grantedUntil: '2025-08-01',
          decidedAt: '13MSP',
        },
        {
          requestedOn: '2024-01-10',
          requestedUntil: '2030-08-01',
          decision: null,
          grantedUntil: null,
          decidedAt: null,
        },
      ],
    }),
    obligation({
      article: '7-initial',
      originalDeadline: '2011-01-28',
      currentDeadline: '2011-01-28',
      status: 'completed_on_time',
      completedOn: '2011-01',
    }),
  ],
};
const records = (record: boolean) => ({
  facts: [],
  completions: [],
  nationalMeasures: {
    status: 'legislation_adopted',
    instrument: 'Law No. 12',
    date: '2015-05-01',
    source: 'Art. 7 report',
    version: 2,
  },
  victimAssistance: {
    focalPoint: 'Ministry of Labour and Social Welfare',
    nationalPlan: 'National Victim Assistance Plan',
    planDate: null,
    source: 'Art. 7 report',
    version: 1,
  },
  submissions: [],
  abilities: { record },
});

function sectionApi(signedIn: boolean) {
  return installFakeApi({
    ...(signedIn ? signedInAs(staffUser) : {}),
    'GET /states': ok(states),
    'GET /meetings': ok(meetings),
    'GET /states/LAO/obligations': ok(laoObligations),
    'GET /states/LAO/obligation-records': ok(records(signedIn)),
  });
}

describe('obligations section of a State', () => {
  it('shows each obligation that applies with its status, deadlines and timeline, and a calendar link', async () => {
    sectionApi(false);
    await renderApp('/obligations/states/LAO');
    expect(
      await screen.findByRole('heading', { level: 1, name: "Obligations: Lao People's Democratic Republic" }),
    ).toBeInTheDocument();
    const section = await screen.findByRole('region', { name: 'Obligations' });
    const clearance = await within(section).findByRole('heading', {
      level: 3,
      name: 'Art. 4 clearance of cluster munition remnants',
    });
    const card = clearance.closest('div')?.parentElement as HTMLElement;
    expect(within(card).getByText('Overdue')).toBeInTheDocument();
    const timeline = within(card).getByRole('list', { name: 'Timeline' });
    expect(
      within(timeline)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Original deadline under the Convention: 1 August 2020',
      'Extension requested on 15 January 2019, to 1 August 2025',
      'Granted to 1 August 2025 (Thirteenth Meeting of States Parties)',
      'Extension requested on 10 January 2024, to 1 August 2030',
      'Decision pending',
      'Current deadline: 1 August 2025',
    ]);
    expect(within(section).getByText('Completed on time')).toBeInTheDocument();
    expect(within(section).getByText('January 2011')).toBeInTheDocument();
    expect(within(section).getByText('Not applicable: Art. 3 stockpile destruction.')).toBeInTheDocument();
    expect(within(section).getByText(/Legislation adopted — Law No\. 12/)).toBeInTheDocument();
    expect(
      within(section).getByText(
        'Victim assistance: focal point Ministry of Labour and Social Welfare; national plan National Victim Assistance Plan.',
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole('link', { name: 'Add the deadlines to a calendar (.ics)' }),
    ).toHaveAttribute('href', '/api/v1/obligations/calendar.ics?state=LAO');
    expect(within(section).getByRole('link', { name: 'Extension requests of this State' })).toHaveAttribute(
      'href',
      '/obligations/requests?state=LAO',
    );
    expect(screen.queryByText('Record a fact')).not.toBeInTheDocument();
  });

  it('gives ISU staff the forms to record a fact and a completion, then recomputes', async () => {
    const api = sectionApi(true);
    api.on('POST /states/LAO/facts', ok({}, 201));
    api.on('POST /states/LAO/completions', ok({}, 201));
    const { user } = await renderApp('/obligations/states/LAO');
    await user.click(await screen.findByText('Record a fact'));
    const fact = screen.getByRole('form', { name: 'Record a fact' });
    expect(within(fact).getByRole('combobox', { name: 'Fact' })).toHaveValue('contamination');
    await user.click(within(fact).getByRole('button', { name: 'Record the fact' }));
    expect(within(fact).getByRole('textbox', { name: /^Source/ })).toHaveAccessibleDescription(/Required/);
    expect(api.callsTo('POST /states/LAO/facts')).toHaveLength(0);

    await user.clear(within(fact).getByLabelText(/^Known since/));
    await user.type(within(fact).getByLabelText(/^Known since/), '2026-02-01');
    await user.type(within(fact).getByLabelText(/^End of active hostilities/), '2024-06-30');
    await user.type(within(fact).getByRole('textbox', { name: /^Source/ }), 'Art. 7 report 2025');
    const before = api.callsTo('GET /states/LAO/obligations').length;
    await user.click(within(fact).getByRole('button', { name: 'Record the fact' }));
    await screen.findByText('Fact recorded; the obligations were recomputed.');
    expect(api.callsTo('POST /states/LAO/facts')[0]?.body).toEqual({
      kind: 'contamination',
      applies: true,
      date: '2026-02-01',
      endOfHostilities: '2024-06-30',
      years: null,
      source: 'Art. 7 report 2025',
      note: null,
    });
    await waitFor(() => expect(api.callsTo('GET /states/LAO/obligations').length).toBeGreaterThan(before));

    await user.click(screen.getByText('Record a completion'));
    const completion = screen.getByRole('form', { name: 'Record a completion' });
    expect(within(completion).getByRole('combobox', { name: 'Obligation' })).toHaveValue('4');
    await user.selectOptions(within(completion).getByRole('combobox', { name: 'Date known to' }), 'month');
    await user.type(within(completion).getByLabelText(/^Completed on/), '2026-02');
    await user.selectOptions(within(completion).getByRole('combobox', { name: 'Declared at' }), '13MSP');
    await user.type(
      within(completion).getByRole('textbox', { name: /^Source/ }),
      'Declaration of compliance',
    );
    await user.click(within(completion).getByRole('button', { name: 'Record the completion' }));
    await screen.findByText('Completion recorded.');
    expect(api.callsTo('POST /states/LAO/completions')[0]?.body).toEqual({
      article: '4',
      date: '2026-02',
      before: null,
      meeting: '13MSP',
      document: null,
      source: 'Declaration of compliance',
    });
  }, 15_000);
});

describe('public obligations tables', () => {
  it('lists Art. 3 and Art. 4 obligations with extensions and translated status badges', async () => {
    installFakeApi({
      'GET /states': ok(states),
      'GET /obligations': ok({
        asOf: '2026-03-01',
        total: 3,
        items: [
          row('PER', 'Peru', {
            article: '3',
            originalDeadline: '2021-03-01',
            currentDeadline: '2024-04-01',
            status: 'completed_on_time',
            completedOn: '2023-12-15',
            extensions: [
              {
                requestedOn: null,
                requestedUntil: '2024-04-01',
                decision: 'granted',
                grantedUntil: '2024-04-01',
                decidedAt: null,
              },
            ],
          }),
          row('LAO', "Lao People's Democratic Republic"),
          row('LAO', "Lao People's Democratic Republic", {
            article: '7-annual',
            currentDeadline: '2026-04-30',
            status: 'due_within_12_months',
          }),
        ],
      }),
    });
    await renderApp('/obligations', 'fr');
    const art3 = await screen.findByRole('table', {
      name: "États parties ayant des obligations au titre de l'article 3",
    });
    const peru = within(art3).getByRole('row', { name: /Peru/ });
    expect(
      within(peru)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '1 mars 2021',
      "Jusqu'au 1 avril 2024",
      '1 avril 2024',
      'Achevé dans les délaisAchevé : 15 décembre 2023',
    ]);
    const art4 = screen.getByRole('table', {
      name: "États parties ayant des obligations au titre de l'article 4",
    });
    expect(within(art4).getByText('En retard')).toBeInTheDocument();
    const reports = screen.getByRole('table', { name: 'Rapports de transparence par État partie' });
    expect(within(reports).getByText('Échéance dans les 12 mois')).toBeInTheDocument();
    expect(within(reports).getByText('Dû : 30 avril 2026')).toBeInTheDocument();
  });
});
