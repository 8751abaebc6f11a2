// Runs in its own process (started by run.mjs) so that the load generator does not share an event
// loop, or a CPU core's worth of JIT and GC, with the measuring script.
// Usage: node bench/load.mjs '{"url":"http://127.0.0.1:3000/","connections":50,"seconds":5}'
// Prints one JSON line: { rps, p50Ms, p99Ms, errors, requests }.
import autocannon from 'autocannon';

const { url, connections, seconds } = JSON.parse(process.argv[2] ?? '{}');
if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url ?? '')) {
  console.error('load.mjs: only http://127.0.0.1 URLs are loaded');
  process.exit(2);
}

const result = await autocannon({
  url,
  connections,
  duration: seconds,
  // Browsers and most API clients accept compressed responses: measure what they get.
  headers: { 'accept-encoding': 'br, gzip' },
});
console.log(
  JSON.stringify({
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    // Socket errors, timeouts and any non-2xx answer: a benchmark of failures measures nothing.
    errors: result.errors + result.timeouts + result.non2xx,
    requests: result.requests.total,
  }),
);
