// Generates src/web/modules/states/map/world-map.json, the outlines of the world map on the States
// dashboard: `node scripts/generate-world-map.mjs` (rerun only to change the map's look).
//
// Source: Natural Earth 1:110m countries from `world-atlas` (TopoJSON), projected here with `d3-geo`
// (Equal Earth) into SVG path strings on an 800 px wide canvas. Doing the projection once, at
// development time, keeps the browser's share small: about 7.5 kB gzipped of path data, against
// 38 kB for the TopoJSON plus 10 kB for d3-geo and topojson-client if the page projected it.
//
// - Countries are keyed by ISO 3166-1 alpha-3 (world-atlas ids are ISO numeric; the mapping comes
//   from `i18n-iso-countries`), only for the 197 States of reference/states.csv.
// - Somaliland is drawn as part of Somalia and "N. Cyprus" as part of Cyprus, as the UN lists them;
//   other outlines that are not among the 197 (Greenland, Western Sahara, Kosovo…) are kept
//   unnamed under `other` and drawn neutral. Antarctica is left out.
// - States too small for the 1:110m outlines (Andorra, Tuvalu, most island States) get a marker
//   position from the 1:50m file (`small`), so every State is on the map.
// - Borders are simplified arc by arc (Visvalingam, areas under MIN_AREA px² removed), which keeps
//   neighbours' shared borders identical, then written as relative integer coordinates.
import fs from 'node:fs';
import path from 'node:path';
import { geoCentroid, geoEqualEarth, geoPath } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature, merge } from 'topojson-client';

const root = path.resolve(import.meta.dirname, '..');
const WIDTH = 800;
const MIN_AREA = 2;
const out = path.join(root, 'src/web/modules/states/map/world-map.json');

const readJson = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const world110 = readJson('node_modules/world-atlas/countries-110m.json');
const world50 = readJson('node_modules/world-atlas/countries-50m.json');
const states = fs
  .readFileSync(path.join(root, 'reference/states.csv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.slice(0, 3));
const alpha3 = (id) => (id ? countries.numericToAlpha3(id) : undefined);
// Tuvalu is in neither file; its position (Funafuti) is given by hand.
const EXTRA_POSITIONS = { TUV: [179.2, -8.5] };
const MERGED_INTO = { Somaliland: 'SOM', 'N. Cyprus': 'CYP' };

/** Absolute [lon, lat] arcs from the quantized, delta-encoded ones. */
function decodeArcs(topology) {
  const { scale, translate } = topology.transform;
  return topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * scale[0] + translate[0], y * scale[1] + translate[1]];
    });
  });
}

/** Visvalingam on one arc, measured in projected pixels; the end points always stay. */
function simplify(arc, project) {
  const points = arc.map((p) => ({ p, xy: project(p) }));
  const area = (a, b, c) =>
    Math.abs((b.xy[0] - a.xy[0]) * (c.xy[1] - a.xy[1]) - (c.xy[0] - a.xy[0]) * (b.xy[1] - a.xy[1])) / 2;
  const keep = arc[0][0] === arc.at(-1)[0] && arc[0][1] === arc.at(-1)[1] ? 4 : 2;
  while (points.length > keep) {
    let best = -1;
    let bestArea = MIN_AREA;
    for (let i = 1; i < points.length - 1; i++) {
      const a = area(points[i - 1], points[i], points[i + 1]);
      if (a < bestArea) [best, bestArea] = [i, a];
    }
    if (best < 0) break;
    points.splice(best, 1);
  }
  return points.map(({ p }) => p);
}

/** d3's absolute path ("M1,2L3,4Z") as relative integer moves ("M1 2l2 2z"), about half as long. */
function relative(d) {
  let result = '';
  let [x, y] = [0, 0];
  let previous = '';
  for (const segment of d.match(/[MLZ][^MLZ]*/g) ?? []) {
    if (segment[0] === 'Z') {
      result += 'z';
      previous = 'z';
      continue;
    }
    const [px, py] = segment.slice(1).split(',').map(Number);
    const pair = `${px - x} ${py - y}`.replace(' -', '-');
    if (segment[0] === 'M') result += previous === '' ? `M${px} ${py}` : `m${pair}`;
    else if (px === x && py === y) continue;
    else result += previous === 'l' ? (pair.startsWith('-') ? pair : ` ${pair}`) : `l${pair}`;
    previous = segment[0] === 'M' ? 'm' : 'l';
    [x, y] = [px, py];
  }
  return result;
}

const geometries = world110.objects.countries.geometries.filter((g) => g.id !== '010');
const outlines = { type: 'GeometryCollection', geometries };
const projection = geoEqualEarth().fitWidth(WIDTH, feature(world110, outlines));
const project = (p) => projection(p) ?? [0, 0];
const [[, top], [, bottom]] = geoPath(projection).bounds(feature(world110, outlines));
projection.translate([projection.translate()[0], projection.translate()[1] - top]);

const topology = {
  type: 'Topology',
  objects: {},
  arcs: decodeArcs(world110).map((a) => simplify(a, project)),
};
const toPath = geoPath(projection).digits(0);

const byState = new Map();
const other = [];
for (const geometry of geometries) {
  const code = MERGED_INTO[geometry.properties.name] ?? alpha3(geometry.id);
  if (code && states.includes(code)) byState.set(code, [...(byState.get(code) ?? []), geometry]);
  else other.push(relative(toPath(feature(topology, geometry))));
}
const countriesOut = {};
for (const code of [...byState.keys()].sort()) {
  const parts = byState.get(code);
  const shape = parts.length === 1 ? feature(topology, parts[0]) : merge(topology, parts);
  countriesOut[code] = relative(toPath(shape));
}

const small = {};
const by50 = new Map(world50.objects.countries.geometries.map((g) => [alpha3(g.id), g]));
for (const code of states.filter((c) => !countriesOut[c]).sort()) {
  const lonLat =
    EXTRA_POSITIONS[code] ?? (by50.has(code) ? geoCentroid(feature(world50, by50.get(code))) : null);
  if (!lonLat) throw new Error(`no position for ${code}`);
  const [x, y] = projection(lonLat).map(Math.round);
  small[code] = [Math.min(Math.max(x, 4), WIDTH - 4), y];
}

const map = { width: WIDTH, height: Math.ceil(bottom - top), countries: countriesOut, other, small };
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify(map)}\n`);
console.log(
  `${path.relative(root, out)}: ${Object.keys(countriesOut).length} outlines, ${Object.keys(small).length} markers, ` +
    `${other.length} other territories, ${(fs.statSync(out).size / 1000).toFixed(1)} kB`,
);
