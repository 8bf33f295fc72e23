// The app's Prometheus metrics on a registry of its own (never prom-client's global default, so two
// apps in one process, e.g. tests, never collide).
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

export interface ProfileStats {
  profiles(): number;
  rejected(): number;
  reloads(): number;
}

export interface Metrics {
  readonly registry: Registry;
  /** One answered request: its outcome is the Reply kind. */
  observeRequest(labels: { platform: string; command: string; outcome: string }, seconds: number): void;
  /** One autocomplete request: its outcome is `choices`, `empty`, `rate_limited` or `error`. */
  observeAutocomplete(labels: { platform: string; command: string; outcome: string }, seconds: number): void;
  reconnect(platform: string): void;
  /** Where the profile gauges read from (set once the store exists). */
  setProfileStats(stats: ProfileStats): void;
}

export const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  let stats: ProfileStats | null = null;

  const requests = new Counter({
    name: 'profile_assistant_requests_total',
    help: 'Answered requests by platform, command and outcome (the reply kind)',
    labelNames: ['platform', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'profile_assistant_request_duration_seconds',
    help: 'Time to answer a request (dispatch: rate limit + engine)',
    labelNames: ['platform', 'command'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const completions = new Counter({
    name: 'profile_assistant_autocomplete_total',
    help: 'Autocomplete requests by platform, command and outcome (choices, empty, rate_limited, error)',
    labelNames: ['platform', 'command', 'outcome'] as const,
    registers: [registry],
  });
  const completionLatency = new Histogram({
    name: 'profile_assistant_autocomplete_duration_seconds',
    help: 'Time to answer an autocomplete request (dispatch: rate limit + engine)',
    labelNames: ['platform', 'command'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const reconnects = new Counter({
    name: 'profile_assistant_reconnects_total',
    help: 'Gateway / socket reconnects by platform',
    labelNames: ['platform'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'profile_assistant_profiles_loaded',
    help: 'Profiles currently in the index',
    registers: [registry],
    collect() {
      this.set(stats?.profiles() ?? 0);
    },
  });
  new Gauge({
    name: 'profile_assistant_profiles_rejected',
    help: 'Profile files currently rejected (see `profiles check`)',
    registers: [registry],
    collect() {
      this.set(stats?.rejected() ?? 0);
    },
  });
  // The store counts reloads itself; mirror its count into a counter at scrape time.
  new Counter({
    name: 'profile_assistant_profile_reloads_total',
    help: 'Profile folder reloads applied since start',
    registers: [registry],
    collect() {
      const total = stats?.reloads() ?? 0;
      this.reset();
      if (total > 0) this.inc(total);
    },
  });

  return {
    registry,
    observeRequest(labels, seconds) {
      requests.inc(labels);
      latency.observe({ platform: labels.platform, command: labels.command }, seconds);
    },
    observeAutocomplete(labels, seconds) {
      completions.inc(labels);
      completionLatency.observe({ platform: labels.platform, command: labels.command }, seconds);
    },
    reconnect(platform) {
      reconnects.inc({ platform });
    },
    setProfileStats(next) {
      stats = next;
    },
  };
}
