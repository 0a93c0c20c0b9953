// The Strudel oracle: prints the events @strudel/mini gives for each mini-notation string of a
// catalogue, as JSON on stdout, so that Latente's conformance test can compare its own events with
// them. Strudel is used as a black box: this script only calls its documented API (mini(),
// queryArc(), and the whole/part/value of each event).
//
//   node oracle.mjs CATALOGUE EXACT_CYCLES RANDOM_CYCLES
//
// CATALOGUE has one case a line, "KIND MINI" (the kinds are described in catalogue.txt; "#" starts a
// comment line). Random kinds ("random...") are queried over [0, RANDOM_CYCLES), the others over
// [0, EXACT_CYCLES). Output: {"strudel": VERSION, "cases": [{"kind", "mini", "cycles",
// "events": [{"whole": [b, e] | null, "part": [b, e], "value": V}]} | {..., "error": MESSAGE}]}
// with times as exact fraction strings ("1/3").
import { readFileSync } from 'node:fs';

// @strudel/core greets on the console when it loads: keep stdout for the JSON alone.
console.log = (...args) => console.error(...args);
const { mini } = await import('@strudel/mini');

const [catalogue, exactCycles, randomCycles] = process.argv.slice(2);
if (!catalogue || !exactCycles || !randomCycles) {
    console.error('usage: node oracle.mjs CATALOGUE EXACT_CYCLES RANDOM_CYCLES');
    process.exit(2);
}

// The pinned version, as this folder's package.json asks for it (npm ci installs exactly that).
const version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).dependencies['@strudel/mini'];

function fraction(f) {
    return f.toFraction();
}

function span(s) {
    return s ? [fraction(s.begin), fraction(s.end)] : null;
}

function events(source, cycles) {
    return mini(source).queryArc(0, cycles).map(hap => ({
        whole: span(hap.whole),
        part: span(hap.part),
        value: hap.value,
    }));
}

const cases = [];
for (const line of readFileSync(catalogue, 'utf8').split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const space = trimmed.indexOf(' ');
    const kind = trimmed.slice(0, space);
    const source = trimmed.slice(space + 1).trim();
    const cycles = Number(kind.startsWith('random') ? randomCycles : exactCycles);
    try {
        cases.push({ kind, mini: source, cycles, events: events(source, cycles) });
    } catch (e) {
        cases.push({ kind, mini: source, cycles, error: String(e && e.message ? e.message : e) });
    }
}
process.stdout.write(JSON.stringify({ strudel: version, cases }) + '\n');
