/// <reference types="node" />
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import { installFakeApi, ok } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { MAP_HEIGHT, MAP_WIDTH, MAPPED_CODES } from './map/WorldMap';
import { laoDetail, STATES, UNIVERSALIZATION } from './test-fixtures';

beforeEach(() => {
  installFakeApi({
    'GET /universalization': ok(UNIVERSALIZATION),
    'GET /states': ok({ items: STATES, total: STATES.length, asOf: '2026-02-03' }),
    'GET /states/LAO': ok(laoDetail()),
  });
});
afterEach(() => vi.unstubAllGlobals());

const map = () => screen.findByRole('group', { name: /World map of treaty status/ });

describe('world map', () => {
  it('draws one link per State, named "<State>: <status>", coloured and textured by status', async () => {
    await renderApp('/states');
    const links = await within(await map()).findAllByRole('link');
    expect(links.map((link) => link.getAttribute('aria-label'))).toEqual([
      'Angola: Signatory',
      "Lao People's Democratic Republic: State Party",
      'Lithuania: Withdrawn',
      'Tuvalu: Not party',
      'United States of America: Not party',
      'Vanuatu: Party, not yet in force',
    ]);
    const shape = (name: string) => screen.getByRole('link', { name }).firstElementChild;
    expect(shape("Lao People's Democratic Republic: State Party")?.tagName).toBe('path');
    expect(shape("Lao People's Democratic Republic: State Party")).toHaveAttribute('fill', '#1b4f80');
    expect(shape('Angola: Signatory')).toHaveAttribute('fill', 'url(#map-signatory)');
    expect(document.getElementById('map-signatory')?.tagName).toBe('pattern');
    // Too small for the outlines: still on the map, as a marker.
    expect(shape('Tuvalu: Not party')?.tagName).toBe('circle');
    expect(screen.getByRole('link', { name: 'Angola: Signatory' })).toHaveAttribute('href', '/states/AGO');
  });

  it('has a legend naming every status with its count, and a way to skip the map', async () => {
    await renderApp('/states');
    const legend = await screen.findByRole('list', { name: 'Legend' });
    await screen.findByText('State Party (111)');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'State Party (111)',
      'Party, not yet in force (1)',
      'Signatory (12)',
      'Not party (72)',
      'Withdrawn (1)',
    ]);
    expect(screen.getByRole('link', { name: 'Skip the map and go to the list of States' })).toHaveAttribute(
      'href',
      '#states-list-heading',
    );
    expect(document.getElementById('states-list-heading')).toHaveAttribute('tabindex', '-1');
  });

  it('shows a tooltip on keyboard focus and on hover, and opens the profile on Enter', async () => {
    const { user } = await renderApp('/states');
    const lao = await within(await map()).findByRole('link', { name: /^Lao/ });
    lao.focus();
    expect(
      await screen.findByText("Lao People's Democratic Republic", { selector: 'strong' }),
    ).toBeInTheDocument();
    fireEvent.blur(lao);
    expect(screen.queryByText("Lao People's Democratic Republic", { selector: 'strong' })).toBeNull();

    fireEvent.mouseMove(screen.getByRole('link', { name: 'Angola: Signatory' }), {
      clientX: 10,
      clientY: 10,
    });
    expect(screen.getByText('Angola', { selector: 'strong' }).parentElement).toHaveTextContent(
      'AngolaSignatory',
    );

    lao.focus();
    await user.keyboard('{Enter}');
    expect(
      await screen.findByRole('heading', { level: 1, name: "Lao People's Democratic Republic" }),
    ).toBeInTheDocument();
  });

  it('places every one of the 197 reference States, and keeps the size the page reserves for it', () => {
    const csv = readFileSync(resolve(process.cwd(), 'reference/states.csv'), 'utf8');
    const codes = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.slice(0, 3));
    expect(codes).toHaveLength(197);
    expect([...MAPPED_CODES].sort()).toEqual([...codes].sort());
    const css = readFileSync(resolve(process.cwd(), 'src/web/modules/states/map/map.module.css'), 'utf8');
    expect(css).toContain(`aspect-ratio: ${MAP_WIDTH} / ${MAP_HEIGHT};`);
  });
});
